def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// Maven 3.8's default site plugin fails before the page's goal runs: the check says so, once, in one line
def maven = binding.variables.mavenVersion.toString()
def advice = "[WARNING] mvn site will fail with maven-site-plugin 3.3, which cannot load the site's default reports (NoClassDefFoundError ... DocumentContent): pin maven-site-plugin 3.21.0 in <pluginManagement>, or set <excludeDefaults>true</excludeDefaults> in <reporting>"
assert log.count(advice.toString()) == (maven.startsWith('3.8') ? 1 : 0)
return true
