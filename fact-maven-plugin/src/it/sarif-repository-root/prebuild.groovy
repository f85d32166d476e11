// the root of a repository, as git makes it: HEAD on a branch whose commit is in packed-refs
def git = new File(basedir, '.git')
new File(git, 'refs/heads').mkdirs()
new File(git, 'HEAD').text = 'ref: refs/heads/main\n'
new File(git, 'packed-refs').text = '# pack-refs with: peeled fully-peeled sorted\n' +
        '0123456789abcdef0123456789abcdef01234567 refs/heads/main\n'
return true
