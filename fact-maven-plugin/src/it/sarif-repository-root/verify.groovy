def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'datasets/news/target/fact-check/report.sarif'))
def run = sarif.runs[0]
assert run.originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toAbsolutePath().normalize().toUri().toString()
def kopyrkin = run.results.find { it.message.text.startsWith('[ambassador-summoned-over-tv-program]') }
// paths from the repository root, where GitHub resolves them
assert kopyrkin.locations[0].physicalLocation.artifactLocation.uri == 'datasets/news/claims/ambassador.json'
assert kopyrkin.relatedLocations[0].physicalLocation.artifactLocation.uri == 'datasets/news/sources/000_e04d62ea4a6179d9.txt'
// one line for GitHub, both spellings, the source linked to the related location
assert !kopyrkin.message.text.contains('\n')
assert kopyrkin.message.text.contains('Kopyrkin') && kopyrkin.message.text.contains('[the source](1)') && kopyrkin.message.text.contains('Koprikin')
assert kopyrkin.relatedLocations[0].id == 1
// a fingerprint that does not change when the claim moves within its file
assert kopyrkin.partialFingerprints['factMavenClaim/v1'] ==~ /[0-9a-f]{32}/
assert run.results*.partialFingerprints*.getAt('factMavenClaim/v1').unique().size() == run.results.size()
// rules that explain themselves
def rule = run.tool.driver.rules.find { it.id == 'QUOTE_MISMATCH' }
assert rule.fullDescription.text && rule.help.markdown.contains('**') && rule.helpUri
// the HTML page names the dataset, the version that checked it and the commit checked
def html = new File(basedir, 'datasets/news/target/fact-check/report.html').text
assert html.contains('<h1>Fact check<span class="dataset">: news</span></h1>')
assert html =~ /<p class="about">Checked \d+ \w+ \d{4}, \d\d:\d\d UTC · fact-maven [^ ]+ · commit <code>0123456789ab<\/code><\/p>/
return true
