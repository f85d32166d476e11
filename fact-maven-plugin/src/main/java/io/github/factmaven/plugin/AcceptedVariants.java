package io.github.factmaven.plugin;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code acceptedVariants} parameter of the goals: groups of spellings, each written {@code Kiev/Kyiv}. */
final class AcceptedVariants {

    private AcceptedVariants() {}

    /**
     * @param parameter the parameter's values as Maven gives them, or null if it is not set
     * @return each group's spellings, blanks left out
     */
    static List<Set<String>> groups(List<String> parameter) {
        if (parameter == null) {
            return List.of();
        }
        return parameter.stream()
                .filter(group -> !group.isBlank())
                .map(group -> Arrays.stream(group.split("/"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .toList();
    }
}
