import FluentPostgresDriver
import NIOCore

/// Whether an error means the database cannot be reached now (refused, closed, restarting, no free
/// connection in time), as opposed to a query that failed: the first is answered 503 and passes when
/// the database is back; the second is a fault to be logged and fixed.
public enum DatabaseOutage {
    public static func matches(_ error: any Error) -> Bool {
        switch error {
        case let psql as PSQLError:
            switch psql.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed: return true
            // 08: connection exceptions; 57P01–57P03: shut down by an administrator, crash, cannot connect now.
            case .server: return psql.serverInfo?[.sqlState].map { $0.hasPrefix("08") || $0.hasPrefix("57P") } ?? false
            default: return false
            }
        case is ConnectionPoolTimeoutError, is ConnectionPoolError, is NIOConnectionError, is ChannelError:
            return true
        case let io as IOError:
            return [ECONNREFUSED, ECONNRESET, EPIPE, ETIMEDOUT, EHOSTUNREACH, ENETUNREACH].contains(io.errnoCode)
        default:
            return false
        }
    }
}
