namespace BackpainGuide.Diagnostics;

/// <summary>
/// Every diagnostic code the generator can report. The README's table is the user-facing copy of
/// this list; keep the two in step (a test checks that every code here is documented).
/// </summary>
public static class Codes
{
    public const string NotUtf8 = "BG001";
    public const string MissingFrontMatter = "BG002";
    public const string MalformedYaml = "BG003";
    public const string MissingField = "BG004";
    public const string EmptyField = "BG005";
    public const string SummaryTooLong = "BG006";
    public const string UnknownTag = "BG007";
    public const string UnknownRelated = "BG008";
    public const string DuplicateSlug = "BG009";
    public const string DuplicateTitle = "BG010";
    public const string LinkToMissingPage = "BG011";
    public const string LinkToMissingHeading = "BG012";
    public const string InvalidDate = "BG013";
    public const string BadSlug = "BG014";
    public const string UnknownField = "BG015";
    public const string WrongType = "BG016";
    public const string UnsafeUrl = "BG017";
    public const string SourceUrlNotHttp = "BG018";
    public const string FileTooLarge = "BG019";
    public const string TooDeep = "BG020";
    public const string YamlAlias = "BG021";
    public const string RawHtml = "BG022";
    public const string RelatedToSelf = "BG023";
    public const string DuplicateEntry = "BG024";
    public const string BinaryFile = "BG025";
    public const string Symlink = "BG026";
    public const string BadSetting = "BG027";
    public const string MissingFile = "BG028";
    public const string LineTooLong = "BG029";
    public const string HeadingLevel = "BG030";
    public const string NextReviewNotAfterReviewed = "BG040";
    public const string UnknownCard = "BG041";
    public const string UnclosedCard = "BG042";
    public const string NestedCard = "BG043";
    public const string BadText = "BG044";
    public const string UnknownRegion = "BG045";
    public const string BadRegion = "BG046";
    public const string TooManyHeadings = "BG050";
    public const string MoreDiagnostics = "BG051";
    public const string TooManyEntries = "BG052";
    public const string FormatCharacter = "BG053";
    public const string SynonymNotPlain = "BG054";
    public const string BadSynonymGroup = "BG055";
    public const string UnsupportedLanguage = "BG056";
    public const string LineSeparator = "BG060";
    public const string BadAssetName = "BG061";
    public const string NoUrgentTarget = "BG062";
    public const string PlaceholderSource = "BG095";
    public const string NoRelated = "BG100";
    public const string Orphan = "BG101";
    public const string ReviewOverdue = "BG110";
    public const string NotRead = "BG130";
    public const string PlaceholderText = "BG155";

    /// <summary>One-line descriptions, shown by <c>--help codes</c> and mirrored in the README.</summary>
    public static readonly IReadOnlyList<(string Code, string Text)> All =
    [
        (NotUtf8, "file is not valid UTF-8"),
        (MissingFrontMatter, "file has no front matter block between '---' lines"),
        (MalformedYaml, "front matter or settings file is not valid YAML"),
        (MissingField, "a required field is missing"),
        (EmptyField, "a required field is empty"),
        (SummaryTooLong, "summary is longer than 200 characters"),
        (UnknownTag, "tag is not defined in tags.yml"),
        (UnknownRelated, "related slug names no question"),
        (DuplicateSlug, "two files give the same slug"),
        (DuplicateTitle, "two questions have the same title"),
        (LinkToMissingPage, "relative link to a question or page that does not exist"),
        (LinkToMissingHeading, "link to a #heading that the target page does not have"),
        (InvalidDate, "date is not a valid YYYY-MM-DD date"),
        (BadSlug, "file name is not a valid slug (a-z, 0-9 and single '-')"),
        (UnknownField, "front matter field is not part of the format (typo?)"),
        (WrongType, "value has the wrong shape (text, list or mapping expected)"),
        (UnsafeUrl, "link or image URL uses a refused scheme (javascript:, vbscript:, data:, ...)"),
        (SourceUrlNotHttp, "source URL is not an absolute http(s) URL"),
        (FileTooLarge, "file is larger than the size limit"),
        (TooDeep, "Markdown or YAML nesting is deeper than the limit"),
        (YamlAlias, "YAML anchors, aliases and tags are not allowed"),
        (RawHtml, "raw HTML in Markdown is shown as text, not passed through"),
        (RelatedToSelf, "a question lists itself as related"),
        (DuplicateEntry, "the same tag or related slug is listed twice"),
        (BinaryFile, "file contains NUL bytes (binary?)"),
        (Symlink, "symbolic links, FIFOs and devices are refused in input/ and theme/"),
        (BadSetting, "site.yml or tags.yml setting is missing or invalid"),
        (MissingFile, "a required input file or folder is missing"),
        (LineTooLong, "a line is longer than the limit"),
        (HeadingLevel, "body uses a level-1 heading; the question is the page's only h1"),
        (NextReviewNotAfterReviewed, "next_review is not after reviewed"),
        (UnknownCard, "a ':::' container names no urgency card (emergency, urgent, see-gp)"),
        (UnclosedCard, "a ':::' urgency card is not closed by a ':::' line"),
        (NestedCard, "an urgency card inside another"),
        (BadText, "a site.yml text value is empty, holds raw HTML or control characters, or uses an unknown {placeholder}"),
        (UnknownRegion, "a where: value is not defined in regions.yml"),
        (BadRegion, "a regions.yml entry is invalid (name, title, shapes, SVG path data)"),
        (TooManyHeadings, "a file has more headings than the limit (1,000)"),
        (MoreDiagnostics, "a file has more diagnostics than are printed (50); the rest are counted"),
        (TooManyEntries, "a list is longer than its limit (tags of a question, phrases of a synonym group, ...)"),
        (FormatCharacter, "invisible format character (zero-width, bidi mark, soft hyphen) in a title or heading"),
        (SynonymNotPlain, "synonym is not plain words (letters, digits, spaces, '-', '&', apostrophes)"),
        (BadSynonymGroup, "a synonyms.yml entry written as a mapping is not 'urgent: [...]'"),
        (UnsupportedLanguage, "site.yml language has no search stemmer (the message lists the supported ones)"),
        (LineSeparator, "front matter or settings contain U+2028, U+2029 or U+0085, which YAML reads as a line break"),
        (BadAssetName, "theme asset file name is not a safe URL segment"),
        (NoUrgentTarget, "the urgent-help link has no target (no red-flag tag, or no question carries it and no urgent_question)"),
        (PlaceholderSource, "a source is still the placeholder that `new` wrote"),
        (NoRelated, "warning: question lists no related questions"),
        (Orphan, "warning: no other page links to this question"),
        (ReviewOverdue, "warning: the page's next_review date has passed"),
        (NotRead, "warning: a file or folder beside the content is not read (.MD, .markdown, a subfolder)"),
        (PlaceholderText, "warning: summary or answer still holds the TODO text that `new` wrote"),
    ];
}
