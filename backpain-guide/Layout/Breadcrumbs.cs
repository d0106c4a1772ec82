using BackpainGuide.Link;
using BackpainGuide.Render;

namespace BackpainGuide.Layout;

/// <summary>The trails pages show under the banner (after the home page, which the template names).</summary>
public static class Breadcrumbs
{
    /// <summary>A question sits under its first tag, the one its front matter lists first.</summary>
    public static IReadOnlyList<LinkView> Question(QuestionPage page, Urls urls, string url)
    {
        var title = new LinkView(page.Question.Title.Value, url);
        return page.Tags.Count > 0 ? [new LinkView(page.Tags[0].Title, urls.Tag(page.Tags[0].Name)), title] : [title];
    }
}
