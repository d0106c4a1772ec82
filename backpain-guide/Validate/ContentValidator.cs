using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using BackpainGuide.Model;

namespace BackpainGuide.Validate;

/// <summary>
/// The rules that need more than one file: tags against tags.yml, related slugs, duplicate titles
/// and slugs, links and #headings between pages, orphans. Reports everything it finds.
/// </summary>
public static class ContentValidator
{
    /// <summary>Top-level names the site itself uses: a plain page may not take them.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "questions", "tags", "search", "embed", "assets", "404", "page", "sitemap", "robots", "index", "search-index", "api", "oembed", "where",
    };

    public static void Validate(Content content, DiagnosticBag diagnostics)
    {
        // Files with field errors take part too, with what could be read of them, so that their
        // tag, related, link and backlink problems show in the same run as their field errors.
        var questions = content.Questions.Concat(content.IncompleteQuestions).OrderBy(q => q.SourcePath, StringComparer.Ordinal).ToList();
        var plainPages = content.Pages.Concat(content.IncompletePages).OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        // A file that failed to load is missing from the content: rules about what the whole
        // site lacks would only echo that error.
        var complete = !diagnostics.HasErrors;
        var tagNames = content.Tags.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var bySlug = questions.ToDictionary(q => q.Slug, StringComparer.Ordinal);
        var pageBySlug = plainPages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        var linkedTo = new HashSet<string>(StringComparer.Ordinal);

        CheckPageSlugs(plainPages, bySlug, diagnostics);
        CheckDuplicateTitles(questions, diagnostics);

        // A question's rules read only shared, unchanging lookups and report into the bag, which
        // is sorted before it is printed: the questions are checked on every core.
        var targets = new IReadOnlySet<string>[questions.Count];
        Parallel.For(0, questions.Count, i => targets[i] = ValidateQuestion(questions[i], content, bySlug, pageBySlug, tagNames, diagnostics));
        foreach (var set in targets) linkedTo.UnionWith(set);
        foreach (var p in plainPages)
        {
            CheckLinks(p.Body, p.SourcePath, content, bySlug, pageBySlug, diagnostics);
            linkedTo.UnionWith(LinkedQuestions(p.Body, content.Links));
        }

        CheckUrgentTarget(content, bySlug, tagNames, complete, diagnostics);
        foreach (var q in questions)
        {
            if (!linkedTo.Contains(q.Slug) && questions.Count > 1)
            {
                diagnostics.Add(OrphanWarning(q));
            }
        }
    }

    /// <summary>
    /// The rules of one question: its tags, related slugs, placeholders and links (with the
    /// #headings of the pages they point at). Returns the slugs it points readers to (related
    /// and linked questions but itself), which decide the other questions' orphan warnings. The
    /// preview runs this alone for an edited question; <see cref="Validate"/> runs it for all.
    /// </summary>
    public static IReadOnlySet<string> ValidateQuestion(Question q, Content content, IReadOnlyDictionary<string, Question> bySlug,
        IReadOnlyDictionary<string, PlainPage> pageBySlug, IReadOnlySet<string> tagNames, DiagnosticBag diagnostics)
    {
        CheckList(q.Tags, q.SourcePath, "tag", diagnostics, tag => tagNames.Contains(tag)
            ? null
            : (Codes.UnknownTag, $"unknown tag '{tag}'; tags.yml defines: {string.Join(", ", content.Tags.Select(t => t.Name))}"));
        CheckList(q.Related, q.SourcePath, "related question", diagnostics, slug =>
            slug == q.Slug ? (Codes.RelatedToSelf, "a question cannot be related to itself")
            // Only a plain slug: the link resolver also accepts "./x" and "questions/x", which
            // would pass here and then name no question when the pages are linked.
            : Slug.IsValid(slug) && (bySlug.ContainsKey(slug) || content.Links.Resolve(slug + ".md", false) is LinkTarget.Internal { Kind: PageKind.Question })
                ? null
                : (Codes.UnknownRelated, $"related question '{slug}' does not exist (no file questions/{slug}.md)"));
        CheckList(q.Where, q.SourcePath, "area", diagnostics, name => content.Map is null
            ? (Codes.UnknownRegion, $"where: '{name}' names an area, but the guide has no regions.yml to define the areas")
            : content.Map.Regions.Any(r => r.Name == name)
                ? null
                : (Codes.UnknownRegion, $"unknown area '{name}' in where:; regions.yml defines: {string.Join(", ", content.Map.Regions.Select(r => r.Name))}"));
        CheckPlaceholders(q, diagnostics);
        if (q.Related.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning(Codes.NoRelated, q.SourcePath, 1, 1,
                "no related questions: add 'related:' so readers can find their way on"));
        }
        CheckLinks(q.Body, q.SourcePath, content, bySlug, pageBySlug, diagnostics);
        return PointsTo(q, content.Links);
    }

    /// <summary>The slugs a question points readers to: its related slugs and the questions its body links to, but itself.</summary>
    public static IReadOnlySet<string> PointsTo(Question q, LinkResolver links) =>
        q.Related.Select(r => r.Value).Concat(LinkedQuestions(q.Body, links).Where(target => target != q.Slug)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The questions a body links to (an image counts too: the rule is about any link to the page).</summary>
    public static IEnumerable<string> LinkedQuestions(MarkdownBody body, LinkResolver links) =>
        body.Links.Where(link => !link.IsAutolink).Select(link => links.Resolve(link.Url, link.IsImage))
            .OfType<LinkTarget.Internal>().Where(target => target.Kind == PageKind.Question).Select(target => target.Slug);

    /// <summary>The orphan warning of a question no other file points readers to.</summary>
    public static Diagnostic OrphanWarning(Question q) => Diagnostic.Warning(Codes.Orphan, q.SourcePath, 1, 1,
        "no other question links to this one or lists it as related; it is reachable only from the index");

    /// <summary>
    /// Every page's banner links to the urgent guidance: urgent_question, or else the red-flag tag
    /// page. A build whose link would lead to a missing or empty page fails instead.
    /// </summary>
    private static void CheckUrgentTarget(Content content, Dictionary<string, Question> questions, HashSet<string> tagNames,
        bool complete, DiagnosticBag diagnostics)
    {
        if (content.Site.UrgentQuestion is { } urgent)
        {
            if (!questions.ContainsKey(urgent))
            {
                diagnostics.Add(Diagnostic.Error(Codes.BadSetting, content.Site.SourcePath, content.Site.UrgentQuestionLine,
                    content.Site.UrgentQuestionColumn, $"urgent_question '{urgent}' names no question"));
            }
        }
        else if (complete && tagNames.Contains(TagDefinition.RedFlag) && !questions.Values.Any(q => q.Tags.Any(t => t.Value == TagDefinition.RedFlag)))
        {
            diagnostics.Add(Diagnostic.Error(Codes.NoUrgentTarget, content.Site.SourcePath, 1, 1,
                $"every page's urgent-help link leads to the '{TagDefinition.RedFlag}' tag page, but no question is tagged {TagDefinition.RedFlag}: tag the questions about warning signs, or name one in urgent_question"));
        }
    }

    private static void CheckPlaceholders(Question q, DiagnosticBag diagnostics)
    {
        foreach (var source in q.Sources.Where(Placeholders.IsPlaceholder))
        {
            diagnostics.Add(Diagnostic.Error(Codes.PlaceholderSource, q.SourcePath, source.Url.Line, source.Url.Column,
                "this source is still the placeholder written by 'new': give the real title, publisher, year and url of what the answer is based on"));
        }
        if (Placeholders.HasTodo(q.Summary.Value))
        {
            diagnostics.Add(Diagnostic.Warning(Codes.PlaceholderText, q.SourcePath, q.Summary.Line, q.Summary.Column,
                $"the summary still holds '{Placeholders.Todo}' text: write the answer in one or two sentences"));
        }
        if (Placeholders.HasTodo(q.Body.PlainText))
        {
            diagnostics.Add(Diagnostic.Warning(Codes.PlaceholderText, q.SourcePath, q.Body.FirstLine, 1,
                $"the answer still holds '{Placeholders.Todo}' text from 'new': replace it with the answer"));
        }
    }

    private static void CheckPageSlugs(List<PlainPage> pages, Dictionary<string, Question> questions, DiagnosticBag diagnostics)
    {
        foreach (var p in pages)
        {
            if (ReservedSlugs.Contains(p.Slug))
            {
                diagnostics.Add(Diagnostic.Error(Codes.DuplicateSlug, p.SourcePath, 1, 1,
                    $"page name '{p.Slug}' is used by the site itself; rename the file"));
            }
            else if (questions.TryGetValue(p.Slug, out var q))
            {
                diagnostics.Add(Diagnostic.Error(Codes.DuplicateSlug, p.SourcePath, 1, 1,
                    $"slug '{p.Slug}' is also the slug of {q.SourcePath}; links to '{p.Slug}.md' would be ambiguous"));
            }
        }
    }

    private static void CheckDuplicateTitles(IReadOnlyList<Question> questions, DiagnosticBag diagnostics)
    {
        // The keys on every core, then compared in the questions' order, so the first of two is always the same.
        var keys = new string?[questions.Count];
        Parallel.For(0, questions.Count, i => keys[i] = questions[i].Title.Value.Length == 0 ? null : TitleKey.Of(questions[i].Title.Value));
        var seen = new Dictionary<string, Question>(StringComparer.Ordinal);
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            if (keys[i] is not { } key) continue; // unreadable: already reported
            if (seen.TryGetValue(key, out var first))
            {
                diagnostics.Add(Diagnostic.Error(Codes.DuplicateTitle, q.SourcePath, q.Title.Line, q.Title.Column,
                    $"title '{q.Title.Value}' is already used by {first.SourcePath}{(first.Title.Value == q.Title.Value ? "" : $" (as '{first.Title.Value}', which reads the same)")}; merge the two or reword one"));
            }
            else
            {
                seen.Add(key, q);
            }
        }
    }

    private static void CheckList(IReadOnlyList<Spanned<string>> values, string path, string what, DiagnosticBag diagnostics,
        Func<string, (string Code, string Message)?> check)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!seen.Add(value.Value))
            {
                diagnostics.Add(Diagnostic.Error(Codes.DuplicateEntry, path, value.Line, value.Column, $"{what} '{value.Value}' is listed twice"));
            }
            else if (check(value.Value) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(problem.Code, path, value.Line, value.Column, problem.Message));
            }
        }
    }

    /// <summary>Checks every link of a body.</summary>
    private static void CheckLinks(MarkdownBody body, string path, Content content,
        IReadOnlyDictionary<string, Question> questions, IReadOnlyDictionary<string, PlainPage> pages, DiagnosticBag diagnostics)
    {
        // Each target's list of ids is sorted once, however many links miss it.
        var known = new Dictionary<MarkdownBody, string>(ReferenceEqualityComparer.Instance);
        foreach (var link in body.Links)
        {
            var (line, column) = (link.Line, link.Column);
            if (link.IsAutolink)
            {
                if (!UrlPolicy.IsAllowedLink(link.Url))
                {
                    diagnostics.Add(Diagnostic.Error(Codes.UnsafeUrl, path, line, column,
                        $"'{UrlPolicy.Scheme(link.Url)}:' URLs are not allowed; use an https:// link"));
                }
                continue;
            }
            switch (content.Links.Resolve(link.Url, link.IsImage))
            {
                case LinkTarget.Invalid invalid:
                    diagnostics.Add(Diagnostic.Error(invalid.Code, path, line, column, invalid.Message));
                    break;
                case LinkTarget.SamePage same when !body.HeadingIds.Contains(same.Fragment):
                    diagnostics.Add(Diagnostic.Error(Codes.LinkToMissingHeading, path, line, column,
                        $"link to '#{same.Fragment}': this page has no heading with that id{Known(body, known)}"));
                    break;
                case LinkTarget.Internal target:
                    var targetBody = target.Kind == PageKind.Question
                        ? questions.TryGetValue(target.Slug, out var q) ? q.Body : null
                        : pages.TryGetValue(target.Slug, out var p) ? p.Body : null;
                    if (target.Fragment is { } fragment && targetBody is not null && !targetBody.HeadingIds.Contains(fragment))
                    {
                        diagnostics.Add(Diagnostic.Error(Codes.LinkToMissingHeading, path, line, column,
                            $"link to '{target.Slug}.md#{fragment}': that page has no heading with id '{fragment}'{Known(targetBody, known)}"));
                    }
                    break;
            }
        }
    }

    /// <summary>The target's heading ids as suggestions, the first few in order: never the whole list of a page of thousands.</summary>
    private static string Known(MarkdownBody body, Dictionary<MarkdownBody, string> cache)
    {
        if (cache.TryGetValue(body, out var text)) return text;
        var ids = body.HeadingIds;
        var listed = ids.Order(StringComparer.Ordinal).Take(Limits.MaxListedIds).Select(i => "#" + i);
        var more = ids.Count > Limits.MaxListedIds ? $", and {ids.Count - Limits.MaxListedIds:N0} more" : "";
        text = ids.Count == 0 ? "" : $" (its headings: {string.Join(", ", listed)}{more})";
        cache[body] = text;
        return text;
    }
}
