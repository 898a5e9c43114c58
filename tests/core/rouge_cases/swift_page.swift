#if DEBUG
import Foundation
#endif

@MainActor
public struct Page: Codable {
    let title: String
    private(set) var count = 0
    static let empty = Page(title: "", count: 0)

    func render(with width: Int = 80) -> String {
        guard !title.isEmpty else { return "" }
        let (a, b) = (1, 2.5e3)
        /* nested /* comment */ here */
        return "\(title) has \(count + a) views" // done
    }
}
let pages = [Page(title: "Home")].map { $0.title }
