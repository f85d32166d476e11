// the same page as with the site plugin the other site IT pins, checked by its script
evaluate(new File(basedir.parentFile, 'site-report/verify.groovy'))

def html = new File(basedir, 'target/site/fact-check.html').text
// the failures and the warnings after them: the page is not cut short
assert html.contains('Failed claims') && html.contains('Quote differs from the source (QUOTE_MISMATCH)')
assert html.contains('substance: the source has &quot;ri&quot; where the quote has &quot;yr&quot;')
assert html.contains('Warnings')
return true
