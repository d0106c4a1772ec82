using BackpainGuide.Build;
using BackpainGuide.Diagnostics;
using BackpainGuide.Link;
using BackpainGuide.Load;
using BackpainGuide.Model;
using BackpainGuide.Validate;

namespace BackpainGuide.Serve;

/// <summary>
/// The preview's quick path: applies edits of existing question files to the last good build
/// (<see cref="SiteState"/>) without looking at the other files. Each edited file is re-read and
/// re-rendered, validated alone against the site's lookups, and re-linked into the site model;
/// the result is the question pages to lay out again. It gives up (null) whenever the edit could
/// reach further than that, and the caller then runs the full rebuild: a new title (title order,
/// duplicate titles), changed tags (tag pages, the urgent-help rule), changed heading ids (other
/// files' #links), an error anywhere, or a file whose extra orphan warning would pass the
/// per-file cap. After null the state may be half-updated and must be thrown away.
/// </summary>
public static class QuestionEdits
{
    /// <summary>The result of applied edits: every diagnostic of the site, and the question pages whose outputs may have changed.</summary>
    public sealed record Applied(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<QuestionPage> Pages);

    public static Applied? TryApply(SiteState state, IReadOnlyCollection<string> editedFiles, LoadCache cache, BuildOptions options)
    {
        var content = state.Content;
        var input = new InputFolder(options.Input, options.DisplayRoot);
        var questions = Path.Combine(input.Root, "questions") + Path.DirectorySeparatorChar;
        var render = SitePipeline.Renderer(content.Site, content.Links);

        // Read the edited files; each must be a question the site already has, still without errors.
        var edits = new List<(Question Before, Question After, DiagnosticBag Own)>();
        foreach (var path in editedFiles.Order(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(path);
            var (display, kind) = (input.Display(full), FileKind.Of(full));
            if (!state.BySlug.TryGetValue(Path.GetFileNameWithoutExtension(full), out var before) || before.SourcePath != display)
            {
                // Come and gone within the burst (an editor's temporary or backup file): no build saw it.
                if (kind == EntryKind.Missing && full.StartsWith(questions, StringComparison.Ordinal)
                    && !state.DiagnosticsByFile.ContainsKey(display))
                {
                    continue;
                }
                return null;
            }
            if (kind != EntryKind.File) return null;
            var own = new DiagnosticBag();
            var after = LoadStage.LoadQuestion(new InputFile(full, display), content.Site, content.Links, render, cache, own);
            if (after is null || own.HasErrors) return null;
            if (ReferenceEquals(after, before)) continue; // the same bytes: the cache gave back the same question
            if (after.Title.Value != before.Title.Value || !after.Tags.Select(t => t.Value).SequenceEqual(before.Tags.Select(t => t.Value))
                || !after.Body.HeadingIds.SetEquals(before.Body.HeadingIds))
            {
                return null;
            }
            edits.Add((before, after, own));
        }

        foreach (var (_, after, _) in edits) state.BySlug[after.Slug] = after;

        // Validate each edited question alone; count who points readers to whom for the orphan rule.
        var toggled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (before, after, own) in edits)
        {
            ContentValidator.ValidateQuestion(after, content, state.BySlug, state.PageBySlug, state.TagNames, own);
            ReviewDates.WarnOverdue([after], options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow), own);
            if (own.HasErrors) return null;
            var old = state.PointsTo[after.Slug];
            var now = ContentValidator.PointsTo(after, content.Links);
            foreach (var target in old.Except(now)) Count(state, target, -1, toggled);
            foreach (var target in now.Except(old)) Count(state, target, +1, toggled);
            state.PointsTo[after.Slug] = now;
        }
        foreach (var (_, after, own) in edits)
        {
            if (IsOrphan(state, after.Slug)) own.Add(ContentValidator.OrphanWarning(after));
            SetDiagnostics(state, after.SourcePath, own.Sorted());
            toggled.Remove(after.Slug);
        }
        foreach (var slug in toggled)
        {
            var q = state.BySlug[slug];
            var listed = state.DiagnosticsByFile.GetValueOrDefault(q.SourcePath) ?? [];
            // A file at the per-file cap prints a count line that the new warning would change.
            if (listed.Count >= DiagnosticBag.MaxPerFile) return null;
            var warning = ContentValidator.OrphanWarning(q);
            var next = IsOrphan(state, slug) ? listed.Append(warning).ToList() : listed.Where(d => d != warning).ToList();
            next.Sort(Diagnostic.Compare);
            SetDiagnostics(state, q.SourcePath, next);
        }

        // Re-link: the pages that show an edited question, before or after, are made again; every other page stays the same object.
        var affected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (before, after, _) in edits) affected.UnionWith(state.Dependencies.Replace(before, after, content.Links));
        var pages = affected.Order(StringComparer.Ordinal)
            .Select(slug => SiteLinker.Page(state.BySlug[slug], state.TagsByName, state.BySlug, state.Dependencies.BacklinksOf(slug)))
            .ToList();
        state.Content = Replace(content, edits.Select(e => e.After), state.PathIndex);
        state.Context = state.Context with { Site = Relink(state.Site, edits, pages, state.TitleIndex) };
        return new Applied(state.Diagnostics, pages);
    }

    private static void Count(SiteState state, string target, int by, HashSet<string> toggled)
    {
        var wasOrphan = IsOrphan(state, target);
        state.PointedAt[target] = state.PointedAt.GetValueOrDefault(target) + by;
        if (IsOrphan(state, target) != wasOrphan && state.BySlug.ContainsKey(target)) toggled.Add(target);
    }

    /// <summary><see cref="ContentValidator.Validate"/>'s orphan rule, from the counts.</summary>
    private static bool IsOrphan(SiteState state, string slug) =>
        state.PointedAt.GetValueOrDefault(slug) == 0 && !state.LinkedFromPages.Contains(slug) && state.BySlug.Count > 1;

    private static void SetDiagnostics(SiteState state, string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0) state.DiagnosticsByFile.Remove(path);
        else state.DiagnosticsByFile[path] = diagnostics;
    }

    private static Content Replace(Content content, IEnumerable<Question> edited, Dictionary<string, int> pathIndex)
    {
        var questions = content.Questions.ToArray();
        foreach (var q in edited) questions[pathIndex[q.Slug]] = q;
        return content with { Questions = questions };
    }

    /// <summary>The site with the new pages in their places (titles are unchanged, so the order is) and the edited questions in the tag lists.</summary>
    private static SiteModel Relink(SiteModel site, List<(Question Before, Question After, DiagnosticBag Own)> edits,
        IReadOnlyList<QuestionPage> pages, Dictionary<string, int> titleIndex)
    {
        var questions = site.Questions.ToArray();
        foreach (var page in pages) questions[titleIndex[page.Question.Slug]] = page;
        var tags = site.Tags.ToArray();
        for (var i = 0; i < tags.Length; i++)
        {
            var members = tags[i].Questions;
            var replaced = members.ToArray();
            var changed = false;
            foreach (var (before, after, _) in edits)
            {
                var at = Array.IndexOf(replaced, before);
                if (at < 0) continue;
                replaced[at] = after;
                changed = true;
            }
            if (changed) tags[i] = tags[i] with { Questions = replaced };
        }
        var urgent = site.UrgentQuestion is { } u && edits.FirstOrDefault(e => ReferenceEquals(e.Before, u)).After is { } edited ? edited : site.UrgentQuestion;
        return site with { Questions = questions, Tags = tags, UrgentQuestion = urgent };
    }
}
