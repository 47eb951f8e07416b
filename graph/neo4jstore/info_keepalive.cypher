// Whether the server keeps Bolt connections alive during requests. When it
// does (ALL or STREAMING), it sends clients a read-timeout hint, and the Go
// driver then races a goroutine and a timer against every socket read.
SHOW SETTINGS YIELD name, value
WHERE name = 'server.bolt.connection_keep_alive_for_requests'
RETURN value
