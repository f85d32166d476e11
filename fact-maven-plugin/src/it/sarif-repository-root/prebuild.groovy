// the root of a repository, as git makes it (the folder is enough to find the root by)
new File(basedir, '.git').mkdirs()
return true
