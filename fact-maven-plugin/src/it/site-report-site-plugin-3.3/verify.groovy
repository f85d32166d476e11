// the same whole page as under site plugin 3.12.1, checked by that IT's script
evaluate(new File(basedir.parentFile, 'site-report-site-plugin-3.12/verify.groovy'))
