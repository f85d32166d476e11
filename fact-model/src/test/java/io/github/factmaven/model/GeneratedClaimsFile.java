package io.github.factmaven.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A claims file as an author might format it by hand: random whitespace and line endings, members
 * in any order, characters spelled raw or as escapes. Knows the spelling of every token, so tests
 * can tell exactly which bytes an edit may change.
 */
public final class GeneratedClaimsFile {

    private static final String[] CHARACTERS = {
        "a",
        "Z",
        " ",
        "’",
        "“",
        "”",
        "\"",
        "\\",
        "/",
        "\u00A0",
        "\n",
        "\t",
        "é",
        "Ереван",
        "Հայաստան",
        "😀",
        "🇦🇲",
        "\u200B",
        "—",
        "…",
        "1"
    };

    /** A member as written: whitespace before its key, the key, the separator up to the value, the value. */
    private record Member(String name, String before, String key, String separator, String value) {
        String text() {
            return before + key + separator + value;
        }
    }

    private record Entry(String before, List<Member> members, String beforeClose) {
        String text() {
            List<String> members = this.members.stream().map(Member::text).toList();
            return before + "{" + String.join(",", members) + beforeClose + "}";
        }
    }

    private final String head;
    private final List<Entry> entries;
    private final String tail;

    private GeneratedClaimsFile(String head, List<Entry> entries, String tail) {
        this.head = head;
        this.entries = List.copyOf(entries);
        this.tail = tail;
    }

    /**
     * @param random where the formatting comes from
     * @param claims the claims to write, in order
     * @return the claims, formatted at random
     */
    public static GeneratedClaimsFile of(Random random, List<Claim> claims) {
        String lineEnd = random.nextBoolean() ? "\n" : "\r\n";
        String head = "{" + space(random, lineEnd)
                + (random.nextBoolean()
                        ? spell(random, "$schema") + separator(random) + spell(random, "x.json") + ","
                                + space(random, lineEnd)
                        : "")
                + spell(random, "claims") + separator(random) + "[";
        List<Entry> entries = new ArrayList<>();
        for (Claim claim : claims) {
            List<Member> members = new ArrayList<>();
            members.add(member(random, lineEnd, "id", spell(random, claim.id())));
            members.add(member(random, lineEnd, "statement", spell(random, claim.statement())));
            members.add(member(random, lineEnd, "quote", spell(random, claim.quote())));
            members.add(member(random, lineEnd, "source", spell(random, claim.source())));
            claim.offset().ifPresent(offset -> members.add(member(random, lineEnd, "offset", "" + offset)));
            members.add(member(random, lineEnd, "outlet", spell(random, claim.outlet())));
            claim.prefix().ifPresent(prefix -> members.add(member(random, lineEnd, "prefix", spell(random, prefix))));
            claim.suffix().ifPresent(suffix -> members.add(member(random, lineEnd, "suffix", spell(random, suffix))));
            Collections.shuffle(members, random);
            entries.add(new Entry(space(random, lineEnd), members, space(random, lineEnd)));
        }
        return new GeneratedClaimsFile(
                head,
                entries,
                space(random, lineEnd) + "]" + space(random, lineEnd) + "}" + (random.nextBoolean() ? lineEnd : ""));
    }

    /** @return the file's text */
    public String text() {
        return head + String.join(",", entries.stream().map(Entry::text).toList()) + tail;
    }

    /**
     * The text the file should have once a claim's offset is set: the number replaced, or a new
     * member right after {@code source}, with the whitespace before the next member (or before
     * {@code source} if it is the last) and the separator of {@code source}.
     *
     * @param index  which claim
     * @param offset its new offset
     * @return the file with that change only
     */
    public GeneratedClaimsFile withOffset(int index, int offset) {
        return withMembers(index, members -> {
            List<Member> changed = new ArrayList<>();
            boolean replaced = members.stream().anyMatch(member -> member.name().equals("offset"));
            for (int i = 0; i < members.size(); i++) {
                Member member = members.get(i);
                if (member.name().equals("offset")) {
                    changed.add(new Member("offset", member.before(), member.key(), member.separator(), "" + offset));
                } else if (member.name().equals("source") && !replaced) {
                    String before = i + 1 < members.size() ? members.get(i + 1).before() : member.before();
                    changed.add(new Member(
                            "source",
                            member.before(),
                            member.key(),
                            member.separator(),
                            member.value() + "," + before + "\"offset\"" + member.separator() + offset));
                } else {
                    changed.add(member);
                }
            }
            return changed;
        });
    }

    /**
     * @param index    which claim
     * @param spelling how the new quote token is spelled, given the old one
     * @return the file with that claim's quote token respelled
     */
    public GeneratedClaimsFile withQuote(int index, UnaryOperator<String> spelling) {
        return withMembers(
                index,
                members -> members.stream()
                        .map(member -> member.name().equals("quote")
                                ? new Member(
                                        "quote",
                                        member.before(),
                                        member.key(),
                                        member.separator(),
                                        spelling.apply(member.value()))
                                : member)
                        .toList());
    }

    private GeneratedClaimsFile withMembers(int index, UnaryOperator<List<Member>> change) {
        List<Entry> changed = new ArrayList<>(entries);
        Entry entry = entries.get(index);
        changed.set(index, new Entry(entry.before(), change.apply(entry.members()), entry.beforeClose()));
        return new GeneratedClaimsFile(head, changed, tail);
    }

    /**
     * @param random where the text comes from
     * @param pieces how many pieces of the alphabet (letters, typography, invisible characters, emoji, scripts)
     * @return a random non-empty text
     */
    public static String text(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.max(1, pieces); i++) {
            text.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
        }
        return text.toString();
    }

    private static Member member(Random random, String lineEnd, String name, String value) {
        return new Member(name, space(random, lineEnd), spell(random, name), separator(random), value);
    }

    private static String space(Random random, String lineEnd) {
        String[] spaces = {"", " ", "  ", lineEnd, lineEnd + "  ", lineEnd + "\t\t", lineEnd + lineEnd + "    "};
        return spaces[random.nextInt(spaces.length)];
    }

    private static String separator(Random random) {
        String[] separators = {":", ": ", " : ", ":\t", " :"};
        return separators[random.nextInt(separators.length)];
    }

    /** Spells a string token, escaping at random what may be escaped and always what must be. */
    static String spell(Random random, String value) {
        StringBuilder token = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean escape = random.nextInt(4) == 0;
            if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                char low = value.charAt(++i);
                token.append(escape ? unicode(random, c) + unicode(random, low) : "" + c + low);
            } else if (c == '"') {
                token.append(escape ? "\\u0022" : "\\\"");
            } else if (c == '\\') {
                token.append(escape ? "\\u005C" : "\\\\");
            } else if (c == '\n') {
                token.append(escape ? "\\u000a" : "\\n");
            } else if (c == '\t') {
                token.append(escape ? "\\u0009" : "\\t");
            } else if (c == '\r') {
                token.append(escape ? "\\u000D" : "\\r");
            } else if (c < 0x20) {
                token.append(unicode(random, c));
            } else if (c == '/') {
                token.append(escape ? "\\/" : "/");
            } else {
                token.append(escape ? unicode(random, c) : String.valueOf(c));
            }
        }
        return token.append('"').toString();
    }

    private static String unicode(Random random, char c) {
        String hex = String.format("%04x", (int) c);
        return "\\u" + (random.nextBoolean() ? hex : hex.toUpperCase(Locale.ROOT));
    }
}
