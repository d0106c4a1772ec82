namespace BackpainGuide.Model;

/// <summary>
/// Every key of site.yml's <c>text:</c> section: the words the theme shows that are not content.
/// The defaults are plain, generic English, true of any health guide; a guide sets its own
/// (its language, its emergency number) in site.yml. CONTRIBUTING.md documents each key.
/// </summary>
public static class TextKeys
{
    /// <summary>How a value is written. Rich values may use <c>**bold**</c>; plain ones are text only.</summary>
    public enum Kind { Plain, Rich }

    /// <param name="Placeholders">The <c>{name}</c> slots the key may use; those in <paramref name="Required"/> must appear exactly once.</param>
    public sealed record Key(string Name, string Default, Kind Kind = Kind.Plain, string[]? Placeholders = null, string[]? Required = null)
    {
        public IReadOnlyList<string> Allowed => Placeholders ?? [];

        public IReadOnlyList<string> Needed => Required ?? [];
    }

    private static Key P(string name, string value, params string[] placeholders) => new(name, value, Kind.Plain, placeholders);

    private static Key Link(string name, string value, params string[] more) => new(name, value, Kind.Plain, ["link", .. more], ["link"]);

    private static Key R(string name, string value) => new(name, value, Kind.Rich);

    public static readonly IReadOnlyList<Key> All =
    [
        // Every page
        P("skip_link", "Skip to the main content"),
        P("search_label", "Search this site"),
        P("search_placeholder", "Search"),
        P("search_button", "Search"),
        P("nav_label", "Main"),
        P("all_questions", "All questions"),
        P("menu", "Menu"),
        P("theme_toggle", "Dark theme"),
        P("breadcrumb_label", "Breadcrumb"),
        P("breadcrumb_home", "Home"),
        P("printed_from", "Printed from"),
        P("search_open_page", "Open the search page"),
        P("urgent_banner_label", "Urgent help"),
        P("urgent_banner_label_embed", "Urgent help: {title}", "title"),
        R("urgent_banner_brief", "**Urgent?** If you think you need medical help right now, call your local emergency number."),
        P("urgent_banner_more", "Every emergency sign"),
        R("urgent_banner", "Call your local emergency number, or go to the nearest emergency department, when you think you need medical help right now."),
        P("urgent_link", "When to get urgent help"),
        P("embed_these_answers", "Embed these answers"),
        P("opens_new_tab", "(opens in a new tab)"),

        // Warning signs: the box on red-flag pages, the marks in lists, and the urgency cards' hidden prefixes
        P("red_flag_box_title", "This page is about warning signs"),
        R("red_flag_box", "Some signs on this page need medical help **today or immediately**. If you think it is an emergency, call your local emergency number."),
        P("red_flag_tag_box_title", "When to get help now"),
        R("red_flag_tag_box", "Some of these questions are about signs that need medical help **today or immediately**. If you think it is an emergency, call your local emergency number."),
        P("red_flag_marker", "Red flag:"),
        P("red_flag_marker_embed", "(warning signs)"),
        P("card_emergency", "Immediate action required:"),
        P("card_urgent", "Urgent advice:"),
        P("card_see_gp", "Non-urgent advice:"),
        P("llms_red_flag_note", "Warning signs: some signs in this answer need medical help today or immediately; in an emergency, call your local emergency number."),

        // Question and list pages
        P("topics_label", "Topics"),
        P("on_this_page", "On this page"),
        P("sources", "Sources"),
        P("last_reviewed", "Last reviewed"),
        P("next_review", "Next review due"),
        P("related", "Related questions"),
        P("backlinks", "Questions that link here"),
        P("edit_page", "Edit this page"),
        P("edit_page_note", "(suggest a correction)"),
        P("home_count_one", "{count} question, grouped by topic.", "count"),
        P("home_count_other", "{count} questions, grouped by topic.", "count"),
        P("tag_count_one", "{count} question.", "count"),
        P("tag_count_other", "{count} questions.", "count"),

        // Lists cut into pages
        P("pager_label", "Pages of {title}", "title"),
        P("pager_index_label", "Pages of the index"),
        P("pager_status", "Page {number} of {count}", "number", "count"),
        P("pager_previous", "Previous page"),
        P("pager_next", "Next page"),
        P("continued", "(continued)"),
        P("page_title", "{title}, page {number} of {count}", "title", "number", "count"),

        // Where does it hurt?
        P("map_label", "Choose where it hurts"),
        P("map_list_label", "Where it hurts"),
        P("region_count_one", "{count} question about this area.", "count"),
        P("region_count_other", "{count} questions about this area.", "count"),
        P("region_none", "No questions about this area yet."),

        // Share or embed
        P("share_heading", "Share or embed"),
        P("share_what_question", "this answer"),
        P("share_what_tag", "these questions"),
        P("share_link", "Link to {what}:", "what"),
        Link("share_embed", "To show {what} on your own site, always up to date, paste this code where it should appear ({link}):", "what"),
        P("share_explainer_link", "how embedding works, with a preview and a dark theme"),
        P("embed_code_label", "Embed code"),
        P("copy_button", "Copy the code"),
        P("copied", "Copied."),
        P("copy_fallback", "Selected: press Ctrl+C (or Cmd+C) to copy."),

        // Search
        P("search_title", "Search"),
        P("search_description", "Search the questions and answers."),
        Link("search_noscript", "Search needs JavaScript. Every question is listed on the {link}."),
        P("search_index_link", "index of all questions"),
        P("search_help", "Type in the search box above. Results appear as you type."),
        Link("search_not_found", "Can't find it? Browse the {link}."),
        P("search_no_results", "No results for \u201c{query}\u201d.", "query"),
        P("search_one_result", "{count} result for \u201c{query}\u201d.", "count", "query"),
        P("search_results", "{count} results for \u201c{query}\u201d.", "count", "query"),
        P("search_results_more", "{count} results for \u201c{query}\u201d, showing the best {shown}.", "count", "query", "shown"),
        P("search_error", "Search is not available right now. Browse the index of all questions instead."),
        P("search_results_label", "Search results"),
        P("tags_label", "Tags"),

        // The 404 page
        P("not_found_title", "Page not found"),
        P("not_found_description", "This page does not exist."),
        P("not_found_text", "There is no page at this address. It may have moved."),
        P("not_found_home", "See all questions"),

        // Embeds
        P("embed_credit_label", "Source and credit: {title}", "title"),
        Link("embed_from", "From {link}."),
        Link("embed_licence", "Licence: {link}."),
        P("embed_read_question", "Read the full answer"),
        P("embed_read_tag", "See this topic in the guide"),
        P("embed_tag_hint_one", "{count} question: open it to read its answer.", "count"),
        P("embed_tag_hint_other", "{count} questions: open one to read its answer.", "count"),
        P("embed_sources", "Sources:"),
        P("embed_read_in_guide", "Read this answer in the guide"),

        // The /embed/ explainer
        P("embed_page_title", "Embed these answers on your site"),
        P("embed_page_description", "Show any question, or a whole topic, on your own site: always current, with its sources and review date."),
        P("embed_page_lead", "Anyone can show any question of this guide, or a whole topic, on their own pages. The embed is always current: when an answer is reviewed, every site that shows it shows the new version, with its sources, its review date and who wrote it."),
        P("embed_page_how", "How it works"),
        P("embed_page_step_pick", "Pick a question or a topic below, and a theme."),
        P("embed_page_step_paste", "Copy the code and paste it into your page where the answer should appear."),
        P("embed_page_step_frame", "The script replaces the quotation with the answer in a frame that fits its content. Without JavaScript, your readers still see the question, its summary and a link."),
        P("embed_page_sandbox", "The frame is sandboxed: it cannot read your page, set cookies on your site or run anything outside itself. It follows your reader's light or dark setting unless you choose one."),
        P("embed_page_choose", "Choose what to embed"),
        P("embed_page_choice", "Question or topic"),
        P("embed_page_questions", "Questions"),
        P("embed_page_questions_first", "Questions (the first {shown} of {count})", "shown", "count"),
        P("embed_page_questions_note", "The list shows the first {shown} of the guide's {count} questions. Every question's page has the code for its own embed in its \"Share or embed\" box.", "shown", "count"),
        P("embed_page_theme", "Theme"),
        P("embed_page_theme_auto", "Follow the reader's setting"),
        P("embed_page_theme_light", "Light"),
        P("embed_page_theme_dark", "Dark"),
        P("embed_page_code", "The code to paste"),
        P("embed_page_preview", "Preview"),
        P("embed_page_preview_note", "With JavaScript on, this is the live embed; without it, the quotation your readers would see."),
        P("embed_page_developers", "For developers"),
        P("embed_page_script", "The script's stable address:"),
        P("embed_page_pinned", "To pin one version, use this address instead:"),
        P("embed_page_oembed", "Every question and topic page links an oEmbed document, so a CMS that supports discovery embeds a pasted link."),
        P("embed_page_api", "The JSON API lists every question with its licence and attribution; within version 1, fields are only ever added:"),
        P("embed_page_llms", "For language models:"),
    ];

    public static readonly IReadOnlyDictionary<string, Key> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The longest value: a box or banner is a few sentences, not a page.</summary>
    public const int MaxChars = 2000;
}
