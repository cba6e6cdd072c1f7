package load

import (
	"fmt"
	"syscall"
)

// readPlainPooled reads a file found as a regular file in a walk into a buffer of the pool, with
// system calls of its own: open, fstat, read until the end, close. The os package would also
// register the file with its poller (an epoll_ctl that fails for a regular file) and allocate a
// File with its cleanup. The errors are those of readFile (cleanErr strips the path of os errors,
// leaving the same errno). Anything not a regular file by now is read by readFile.
func readPlainPooled(path string) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|plainOpenFlags, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	var st syscall.Stat_t
	for {
		err = syscall.Fstat(fd, &st)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		syscall.Close(fd)
		return nil, err
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		syscall.Close(fd)
		return readFile(path, true)
	}
	if st.Size > int64(sizeLimit) {
		syscall.Close(fd)
		return nil, fmt.Errorf("file is %d bytes, larger than the %d-byte limit", st.Size, sizeLimit)
	}
	data, err := readFD(fd, getReadBuf(int(max(st.Size+1, 512))))
	syscall.Close(fd)
	if err != nil {
		return nil, err
	}
	if len(data) > sizeLimit {
		putReadBuf(data)
		return nil, fmt.Errorf("input is larger than the %d-byte limit", sizeLimit)
	}
	return data, nil
}

// readFD reads fd to its end into data, within the size limit, as readLimited does through an
// io.LimitReader.
func readFD(fd int, data []byte) ([]byte, error) {
	limit := sizeLimit + 1
	for {
		p := data[len(data):cap(data)]
		if rem := limit - len(data); len(p) > rem {
			p = p[:rem]
		}
		if len(p) == 0 {
			return data, nil // the limit is reached: the io.LimitReader reports the end
		}
		n, err := syscall.Read(fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			putReadBuf(data)
			return nil, err
		}
		if n <= 0 {
			return data, nil
		}
		data = data[:len(data)+n]
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // the file grew since it was measured
		}
	}
}
