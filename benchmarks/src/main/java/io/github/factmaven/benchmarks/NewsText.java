package io.github.factmaven.benchmarks;

import java.util.Random;

/**
 * Generates news-like English text with what real sources have: typographic quotes and dashes,
 * no-break spaces, the odd emoji outside the Basic Multilingual Plane, paragraphs.
 */
final class NewsText {

    private static final String[] WORDS = ("Armenia Russia Pashinyan Kremlin peacekeepers security alliance "
                    + "Yerevan Moscow Azerbaijan Karabakh border ministry ambassador summoned statement said the of in "
                    + "and to a that was for on with as by it is at from has his its an were have been would will "
                    + "Armenia’s Russia’s “unacceptable” “no advantage” — – … 2023 99.999 Kopyrkin Zakharova Peskov")
            .split(" ");

    private NewsText() {}

    /**
     * @param random     the seeded source of randomness
     * @param characters about how many UTF-16 characters to generate
     * @return the text
     */
    static String generate(Random random, int characters) {
        StringBuilder text = new StringBuilder(characters + 100);
        int sentence = 0;
        while (text.length() < characters) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            int roll = random.nextInt(1000);
            if (roll < 5) {
                text.append(" 🇦🇲 ");
            } else if (roll < 20) {
                text.append('\u00A0');
            } else if (roll < 90) {
                text.append(". ");
                if (++sentence % 6 == 0) {
                    text.append("\n\n");
                }
            } else {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
