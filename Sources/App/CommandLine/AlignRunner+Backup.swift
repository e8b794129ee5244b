import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align backup FILE`: SQLite's online copy; PostgreSQL is backed up with its own tools.
    public static func backUp(_ config: AlignConfig, to file: String) async throws {
        guard case .sqlite(let path) = config.database else {
            throw CommandFailure(description: """
                Align is on PostgreSQL: back it up with PostgreSQL's own tools, which copy a running database consistently:
                  pg_dump --format=custom --file=\(file) "$DATABASE_URL"
                and restore into an empty database with:
                  pg_restore --no-owner --dbname="$DATABASE_URL" \(file)
                """)
        }
        guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure(description: "There is no database at \(path) to back up.") }
        try await withApplication(config) { app in
            do {
                try await SQLiteBackup.backUp(app.db, to: file)
            } catch let refused as SQLiteBackup.Refused {
                throw CommandFailure(description: refused.description)
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            print("Backed up \(path) to \(file) (\(ByteCountFormatter.string(fromByteCount: Int64(size), countStyle: .file))).")
        }
    }

    /// `align restore FILE`: checks the backup, then puts it in place of the SQLite database.
    public static func restore(_ config: AlignConfig, from file: String, replacing: Bool) async throws {
        guard case .sqlite(let path) = config.database else {
            throw CommandFailure(description: "Align is on PostgreSQL: restore a pg_dump backup with pg_restore (see README, \"Backups\").")
        }
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        defer { pool.shutdownGracefully { _ in } }
        let loop = MultiThreadedEventLoopGroup.singleton.any()
        do {
            if FileManager.default.fileExists(atPath: path), !replacing {
                let current: SQLiteBackup.Contents
                do { current = try await SQLiteBackup.check(path, threadPool: pool, on: loop) } catch let refused as SQLiteBackup.Refused {
                    throw CommandFailure(description: "\(path) is there but cannot be read as Align's database (\(refused)); run again with --replace to put \(file) in its place.")
                }
                guard current.organizations == 0 else {
                    throw CommandFailure(description: """
                        \(path) holds \(current.organizations) organization(s). Stop every align serve on it, back it up if it may be needed, \
                        and run again with --replace to put \(file) in its place.
                        """)
                }
            }
            let contents = try await SQLiteBackup.restore(file, to: path, threadPool: pool, on: loop)
            print("Restored \(file) to \(path): \(contents.organizations) organization(s), \(contents.migrations) migrations applied when it was taken.")
        } catch let refused as SQLiteBackup.Refused {
            throw CommandFailure(description: refused.description)
        }
    }
}
