/// Styles of the Nurture pages: the inbox of reminders.
extension Stylesheet {
    static let nurture = """
    .inbox { list-style:none; padding:0; margin:0; }
    .inbox-item { border-bottom:1px solid var(--line); padding:.5rem 0; }
    .inbox-item p { margin:.25rem 0; }
    .inbox-item--unread { border-left:4px solid var(--accent); padding-left:.75rem; }
    """
}
