using BackpainGuide.Model;

namespace BackpainGuide.Layout.Units;

/// <summary>embed/: how embedding works, with a picker, a theme choice, a live preview and the snippet to copy.</summary>
public sealed class EmbedExplainerUnit : IOutputUnit
{
    public string Name => "embed explainer";

    public IEnumerable<OutputFile> Plan(LayoutContext context)
    {
        var (site, urls) = (context.Site, context.Urls);
        var embedJs = context.EmbedAsset("embed.js");
        yield return PageFile.Html(context,
            new(urls.EmbedExplainer(), site.Site.Text["embed_page_title"], site.Site.Text["embed_page_description"], "website", "embed-index"),
            () =>
            {
                // Each choice carries its snippet, so a picker of every question of a big guide would
                // be megabytes: past pagination.questions_per_page it offers the first ones, and the
                // page says that every question page has its own snippet in its share box.
                var shown = site.Questions.Take(site.Site.Pagination.QuestionsPerPage);
                var questions = shown.Select(p => p.Question).Select(q => new EmbedChoiceView("question", q.Slug, q.Title.Value,
                    EmbedSnippet.Question(urls, q.Slug, q.Title.Value, q.Summary.Value))).ToList();
                var tags = site.Tags.Select(t => new EmbedChoiceView("tag", t.Tag.Name, t.Tag.Title,
                    EmbedSnippet.Tag(urls, t.Tag.Name, t.Tag.Title, t.Tag.Description))).ToList();
                return context.Templates.RenderContent("embed-index", new EmbedIndexView(context.View, questions, tags,
                    questions.FirstOrDefault()?.Snippet ?? tags.FirstOrDefault()?.Snippet ?? "",
                    urls.Absolute(urls.EmbedScript()),
                    embedJs is null ? "" : urls.Absolute(urls.HashedEmbedScript(LinkedAsset.Hash(embedJs.Bytes))),
                    urls.Absolute(urls.ApiQuestions()), urls.Absolute(urls.Llms()))
                {
                    QuestionCount = site.Questions.Count,
                });
            }, hasShare: true);
    }
}
