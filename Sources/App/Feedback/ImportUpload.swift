import Foundation
import MultipartKit
import Persistence
import Vapor

extension Request {
    /// Streams a raw body (the API's text/csv or JSON upload) to a file.
    func receiveRawBody(name: String) async throws -> UploadedFile {
        let path = ImportFiles.newPath()
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw Abort(.internalServerError) }
        defer { try? handle.close() }
        var bytes: Int64 = 0
        do {
            for try await chunk in body {
                bytes += Int64(chunk.readableBytes)
                guard bytes <= ImportFiles.maximumBytes else { throw Abort(.payloadTooLarge, reason: "Files larger than 4 GiB cannot be imported.") }
                try handle.write(contentsOf: Data(buffer: chunk))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        return UploadedFile(path: path, name: name, bytes: bytes)
    }

    /// Streams a multipart form to disk: its text fields in memory, its one file part to a file.
    /// The CSRF field must arrive before the file (the page puts it first), so nothing from a
    /// forged form is ever written.
    func receiveMultipartUpload(csrfToken expected: String?) async throws -> (fields: [String: String], file: UploadedFile?) {
        guard let boundary = headers.contentType?.parameters["boundary"] else {
            throw Abort(.badRequest, reason: "Send the form as multipart/form-data.")
        }
        let state = MultipartState(expected: expected)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in state.header(name, value) }
        parser.onBody = { buffer in state.body(&buffer) }
        parser.onPartComplete = { state.partComplete() }
        do {
            for try await chunk in body {
                try parser.execute(chunk)
                if let failure = state.failure { throw failure }
            }
        } catch {
            state.discard()
            throw error
        }
        state.closeFile()
        return (state.fields, state.file)
    }
}

/// What the multipart callbacks have gathered so far.
private final class MultipartState: @unchecked Sendable {
    let expected: String?
    var fields: [String: String] = [:]
    var file: UploadedFile?
    var failure: (any Error)?
    private var partName: String?
    private var fileName: String?
    private var text = ByteBuffer()
    private var handle: FileHandle?

    init(expected: String?) { self.expected = expected }

    func header(_ name: String, _ value: String) {
        guard name.lowercased() == "content-disposition" else { return }
        partName = Self.parameter("name", in: value)
        fileName = Self.parameter("filename", in: value)
    }

    func body(_ buffer: inout ByteBuffer) {
        guard failure == nil else { return }
        guard fileName != nil else {
            text.writeBuffer(&buffer)
            if text.readableBytes > 64 * 1024 { failure = Abort(.payloadTooLarge, reason: "A form field is too long.") }
            return
        }
        if handle == nil { startFile() }
        guard let handle, failure == nil else { return }
        file!.bytes += Int64(buffer.readableBytes)
        if file!.bytes > ImportFiles.maximumBytes { failure = Abort(.payloadTooLarge, reason: "Files larger than 4 GiB cannot be imported."); return }
        do { try handle.write(contentsOf: Data(buffer: buffer)) } catch { failure = error }
    }

    func partComplete() {
        if fileName != nil {
            if handle == nil, failure == nil { startFile() }
        } else if let partName {
            fields[partName] = String(buffer: text)
        }
        text.clear()
        partName = nil
        fileName = nil
    }

    private func startFile() {
        guard let expected, let sent = fields["_csrf"], CSRFMiddleware.constantTimeEqual(Array(expected.utf8), Array(sent.utf8)) else {
            failure = Abort(.forbidden, reason: "This form has expired or did not come from Align. Go back, reload the page and try again.")
            return
        }
        guard file == nil else { failure = Abort(.badRequest, reason: "Send one file at a time."); return }
        let path = ImportFiles.newPath()
        FileManager.default.createFile(atPath: path, contents: nil)
        handle = FileHandle(forWritingAtPath: path)
        file = UploadedFile(path: path, name: fileName ?? "upload", bytes: 0)
    }

    func closeFile() { try? handle?.close(); handle = nil }

    func discard() {
        closeFile()
        if let file { try? FileManager.default.removeItem(atPath: file.path) }
    }

    static func parameter(_ name: String, in header: String) -> String? {
        for part in header.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces)
            guard pair.lowercased().hasPrefix(name + "=") else { continue }
            var value = pair.dropFirst(name.count + 1)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return String(value)
        }
        return nil
    }
}
