import FluentSQLiteDriver
import Foundation
import Logging
import SQLKit

/// Copies of a SQLite database taken while Align serves, and putting one back.
public enum SQLiteBackup {
    public struct Refused: Error, CustomStringConvertible {
        public let description: String
    }

    /// A consistent copy of the database as it was when the copy began: `VACUUM INTO` reads in one
    /// transaction, so writes going on meanwhile are either wholly in it or wholly not, and it never
    /// waits for them (the file is in WAL mode). An existing file is never overwritten.
    public static func backUp(_ db: any Database, to path: String) async throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw Refused(description: "\(path) exists already; name a new file, so no earlier backup is lost.")
        }
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            throw Refused(description: "Backups of PostgreSQL are made with its own tools; see README, \"Backups\".")
        }
        try await sql.raw("VACUUM INTO \(bind: path)").run()
    }

    /// What a backup holds, read before it replaces anything: it must be a whole SQLite database of Align's.
    public struct Contents: Sendable, Equatable {
        public let migrations: Int
        public let organizations: Int
    }

    public static func check(_ path: String, threadPool: NIOThreadPool, on eventLoop: any EventLoop) async throws -> Contents {
        guard FileManager.default.fileExists(atPath: path) else { throw Refused(description: "There is no file \(path).") }
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: .file(path: path), threadPool: threadPool,
                                                         logger: Logger(label: "align.restore"), on: eventLoop).get()
        } catch {
            throw Refused(description: "\(path) cannot be opened as a SQLite database: \(error).")
        }
        do {
            let integrity = try await connection.query("PRAGMA integrity_check").first?.column("integrity_check")?.string
            guard integrity == "ok" else { throw Refused(description: "\(path) is damaged: \(integrity ?? "no answer to the integrity check").") }
            let migrations = try await connection.query("SELECT COUNT(*) AS n FROM _fluent_migrations").first?.column("n")?.integer ?? 0
            let organizations = try await connection.query("SELECT COUNT(*) AS n FROM organizations").first?.column("n")?.integer ?? 0
            try await connection.close().get()
            return Contents(migrations: migrations, organizations: organizations)
        } catch let refused as Refused {
            try? await connection.close().get()
            throw refused
        } catch {
            try? await connection.close().get()
            throw Refused(description: "\(path) is not a backup of Align: \(error).")
        }
    }

    /// Puts `backup` in place of the database at `path` (checked first, copied beside it, then moved
    /// over it in one rename, with the old file's write-ahead log removed so it is not replayed onto
    /// the backup). Align must not be serving that file meanwhile.
    public static func restore(_ backup: String, to path: String, threadPool: NIOThreadPool, on eventLoop: any EventLoop) async throws -> Contents {
        let contents = try await check(backup, threadPool: threadPool, on: eventLoop)
        let files = FileManager.default
        let staging = path + ".restoring"
        try? files.removeItem(atPath: staging)
        try files.copyItem(atPath: backup, toPath: staging)
        for suffix in ["-wal", "-shm"] { try? files.removeItem(atPath: path + suffix) }
        guard rename(staging, path) == 0 else {
            throw Refused(description: "\(staging) could not be moved to \(path): \(String(cString: strerror(errno))).")
        }
        return contents
    }
}
