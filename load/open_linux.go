package load

import "syscall"

// plainOpenFlags open a regular file already marked non-blocking, which a regular file ignores:
// os.OpenFile then skips switching the mode on and back off around its poller registration (four
// fcntl calls per file).
const plainOpenFlags = syscall.O_NONBLOCK
