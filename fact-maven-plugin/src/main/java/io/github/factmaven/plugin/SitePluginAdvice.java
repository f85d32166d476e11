package io.github.factmaven.plugin;

import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.project.MavenProject;

/**
 * Foresees the failure of {@code mvn site} on Maven 3.8, whose default maven-site-plugin 3.3 cannot
 * load the site's default reports ({@code NoClassDefFoundError ... DocumentContent}, with a Guice
 * stack trace): a project that adds the "Fact check" page is told in one line how to avoid it, at
 * the build's check, since the site build fails before the page's goal runs.
 */
final class SitePluginAdvice {

    private static final String SITE_PLUGIN = "org.apache.maven.plugins:maven-site-plugin";
    /** The first site plugin that renders the default reports of today's project-info-reports plugin. */
    private static final int[] FIRST_GOOD = {3, 12, 1};

    private SitePluginAdvice() {}

    /**
     * @param project      the project being built
     * @param mavenVersion the running Maven's version, for example {@code 3.8.7}
     * @return what to tell the user, if the project declares the page and its site build would fail
     */
    static Optional<String> of(MavenProject project, String mavenVersion) {
        boolean declaresPage = project.getReportPlugins().stream()
                .map(ReportPlugin::getKey)
                .anyMatch(key -> key.equals("io.github.factmaven:fact-maven-plugin"));
        if (!declaresPage || project.getModel().getReporting().isExcludeDefaults()) {
            return Optional.empty();
        }
        String version = pinned(project).orElse(olderThan(mavenVersion, new int[] {3, 9}) ? "3.3" : "3.12.1");
        if (!olderThan(version, FIRST_GOOD)) {
            return Optional.empty();
        }
        return Optional.of("mvn site will fail with maven-site-plugin " + version
                + ", which cannot load the site's default reports (NoClassDefFoundError ... DocumentContent): pin"
                + " maven-site-plugin 3.21.0 in <pluginManagement>, or set <excludeDefaults>true</excludeDefaults> in"
                + " <reporting>");
    }

    private static Optional<String> pinned(MavenProject project) {
        Stream<Plugin> management = project.getPluginManagement() == null
                ? Stream.empty()
                : project.getPluginManagement().getPlugins().stream();
        return Stream.concat(project.getBuildPlugins().stream(), management)
                .filter(plugin -> plugin.getKey().equals(SITE_PLUGIN) && plugin.getVersion() != null)
                .map(Plugin::getVersion)
                .findFirst();
    }

    /** @return true if the version's leading numbers come before these */
    static boolean olderThan(String version, int[] than) {
        String[] parts = version.split("[.-]");
        for (int i = 0; i < than.length; i++) {
            int part = i < parts.length && parts[i].matches("\\d+") ? Integer.parseInt(parts[i]) : 0;
            if (part != than[i]) {
                return part < than[i];
            }
        }
        return false;
    }
}
