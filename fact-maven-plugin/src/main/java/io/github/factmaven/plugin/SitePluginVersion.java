package io.github.factmaven.plugin;

import java.util.Optional;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.project.MavenProject;

/**
 * Whether {@code mvn site} could render the report page of a project that declares it. The page
 * needs maven-site-plugin {@value #OLDEST}; Maven 3.8's default, 3.3, fails before any code of
 * this plugin runs, so the build says so beforehand, while {@code fact:check} runs.
 */
final class SitePluginVersion {

    /** The oldest site plugin that renders the page (tested). */
    static final String OLDEST = "3.12.1";
    /** What Maven before 3.9 uses when a project does not name a site plugin version. */
    private static final String MAVEN_3_8_DEFAULT = "3.3";

    private SitePluginVersion() {}

    /**
     * @param project      the project being built
     * @param pluginKey    this plugin's {@code groupId:artifactId}
     * @param mavenVersion the running Maven's version
     * @return a warning if the project declares the report and its site would use a site plugin
     *         too old to render it
     */
    static Optional<String> warning(MavenProject project, String pluginKey, String mavenVersion) {
        boolean reported =
                project.getReportPlugins().stream().map(ReportPlugin::getKey).anyMatch(pluginKey::equals);
        if (!reported) {
            return Optional.empty();
        }
        String site = sitePlugin(project)
                .map(Plugin::getVersion)
                .orElse(
                        new ComparableVersion(mavenVersion).compareTo(new ComparableVersion("3.9")) < 0
                                ? MAVEN_3_8_DEFAULT
                                : OLDEST);
        if (new ComparableVersion(site).compareTo(new ComparableVersion(OLDEST)) >= 0) {
            return Optional.empty();
        }
        return Optional.of("The site's Fact check page needs maven-site-plugin " + OLDEST + " or later, but mvn site"
                + " here would use " + site + ", which cannot load it: pin a newer one in <pluginManagement>, as"
                + " the fact-maven README shows");
    }

    private static Optional<Plugin> sitePlugin(MavenProject project) {
        String key = "org.apache.maven.plugins:maven-site-plugin";
        Optional<Plugin> declared = project.getBuildPlugins().stream()
                .filter(p -> key.equals(p.getKey()))
                .findFirst();
        if (declared.isPresent() && declared.get().getVersion() != null) {
            return declared;
        }
        return Optional.ofNullable(project.getPluginManagement())
                .flatMap(management -> management.getPlugins().stream()
                        .filter(p -> key.equals(p.getKey()) && p.getVersion() != null)
                        .findFirst());
    }
}
