using BackpainGuide.Diagnostics;
using BackpainGuide.Load;
using Scriban;
using Scriban.Runtime;

namespace BackpainGuide.Layout;

/// <summary>
/// The theme's templates, parsed once and shared by every page (a parsed Scriban template is
/// immutable and safe to render from many threads, each with its own context).
/// </summary>
public sealed class TemplateSet
{
    public static readonly IReadOnlyList<string> Names =
    [
        "layout", "home", "question", "tag", "page", "search", "404",
        "red-flag-question", "red-flag-tag", "urgent-banner", "share", "pager", "embed-layout", "embed-question", "embed-tag", "embed-index",
        "region", "body-map",
    ];

    private readonly Dictionary<string, Template> templates;

    // Each template's text and where it came from, to parse again for a folded copy.
    private readonly IReadOnlyDictionary<string, (string Text, string Path)> sources;

    // The templates with the parts that read only `site` written once (see SiteFolding), used for
    // models whose `site` is that one; null until ForSite, or when the theme could rebind `site`.
    private readonly (ScriptObject Site, Dictionary<string, Template> Templates)? folded;

    private TemplateSet(Dictionary<string, Template> templates, IReadOnlyDictionary<string, (string Text, string Path)> sources,
        (ScriptObject Site, Dictionary<string, Template> Templates)? folded = null, TemplateSet? shareWith = null)
    {
        this.templates = templates;
        this.sources = sources;
        this.folded = folded;
        // A folded set renders on the contexts of the set it came from: each costs tens of
        // milliseconds to make (Scriban's built-in functions), a tenth of a small site's build.
        contexts = shareWith?.contexts ?? new(() =>
        {
            var context = new EscapingTemplateContext();
            AddPartials(context);
            return context;
        });
        outputs = shareWith?.outputs ?? new(() => (new StringBuilderOutput(), new Utf8Buffer(), new StringBuilderOutput()));
    }

    /// <summary>
    /// This set, with every part of a template that reads only <c>site</c> rendered once for
    /// <paramref name="site"/>: pages whose model has that site use the folded templates, any
    /// other model the templates as written. The output is the same either way.
    /// </summary>
    public TemplateSet ForSite(SiteView site)
    {
        var context = contexts.Value!;
        var siteObject = ModelGlobals.Site(site, context.MemberRenamer);
        var copy = Parse(sources);
        return SiteFolding.TryFold(copy, siteObject, context) ? new TemplateSet(templates, sources, (siteObject, copy), shareWith: this) : this;
    }

    internal IReadOnlyDictionary<string, Template> Templates => templates;

    /// <summary>The folded templates, for tests; null when not folded.</summary>
    internal IReadOnlyDictionary<string, Template>? Folded => folded?.Templates;

    private static Dictionary<string, Template> Parse(IReadOnlyDictionary<string, (string Text, string Path)> sources) =>
        sources.ToDictionary(s => s.Key, s => Template.Parse(s.Value.Text, s.Value.Path), StringComparer.Ordinal);

    /// <summary>
    /// Pushes the model's variables and makes the templates that fit them the ones partials
    /// include from: the folded ones when the model's <c>site</c> is theirs. <see cref="Leave"/> undoes it.
    /// </summary>
    private Dictionary<string, Template> Enter(EscapingTemplateContext context, object model, out IReadOnlyDictionary<string, Template>? outer)
    {
        var globals = ModelGlobals.Of(model, context.MemberRenamer);
        var set = folded is { } f && globals.TryGetValue("site", out var site) && ReferenceEquals(site, f.Site) ? f.Templates : templates;
        outer = context.Templates;
        context.Templates = set;
        context.PushGlobal(globals);
        return set;
    }

    private static void Leave(EscapingTemplateContext context, IReadOnlyDictionary<string, Template>? outer)
    {
        context.PopGlobal();
        context.Templates = outer;
    }

    /// <summary>
    /// <c>{{ partial "name" }}</c> writes another template of the set in place, with the caller's
    /// variables: the red-flag box is one partial shared by the question page and its embed. Its
    /// output was escaped as it was written, so it is passed on as markup, not escaped twice.
    /// </summary>
    private static void AddPartials(EscapingTemplateContext context)
    {
        var builtins = new ScriptObject();
        builtins.SetValue("partial", TemplateFunction.WithContext<string, RawHtml>((ctx, name) =>
        {
            var context = (EscapingTemplateContext)ctx;
            // From the same set as the page being rendered: folded or not.
            if (context.Templates?.TryGetValue(name, out var template) != true) throw new InvalidOperationException($"no template '{name}' to include");
            var output = context.RentOutput();
            ctx.PushOutput(output);
            try
            {
                ctx.Evaluate(template!.Page!);
                return new RawHtml(output.Builder.ToString());
            }
            finally
            {
                ctx.PopOutput();
                context.ReturnOutput(output);
            }
        }), readOnly: true);
        AddTextFunctions(builtins);
        context.PushGlobal(builtins);
    }

    /// <summary>
    /// Helpers for site.yml's texts, which hold <c>{placeholders}</c>: <c>fill</c> puts a value in
    /// one, <c>plural</c> picks the one or other form by a count and fills <c>{count}</c>, and
    /// <c>before</c> and <c>after</c> give the text around the slot where a template writes markup
    /// (a link). All take and give plain strings, which the context escapes as they are written.
    /// </summary>
    private static void AddTextFunctions(ScriptObject builtins)
    {
        builtins.SetValue("fill", TemplateFunction.Of<string, string, object?, string>((text, name, value) =>
            text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), readOnly: true);
        builtins.SetValue("plural", TemplateFunction.Of<string, string, int, string>((one, other, count) =>
            (count == 1 ? one : other).Replace("{count}", count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), readOnly: true);
        builtins.SetValue("before", TemplateFunction.Of<string, string, string>((text, name) =>
            text.IndexOf("{" + name + "}", StringComparison.Ordinal) is var at and >= 0 ? text[..at] : text), readOnly: true);
        builtins.SetValue("after", TemplateFunction.Of<string, string, string>((text, name) =>
            text.IndexOf("{" + name + "}", StringComparison.Ordinal) is var at and >= 0 ? text[(at + name.Length + 2)..] : ""), readOnly: true);
    }

    /// <summary>Parses the theme's templates; null (after reporting) when one is missing or has errors.</summary>
    public static TemplateSet? Load(Theme theme, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Template>(StringComparer.Ordinal);
        var texts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            if (theme.Templates.FirstOrDefault(t => t.Name == name) is not { } source)
            {
                diagnostics.Add(Diagnostic.Error(Codes.MissingFile, theme.TemplatePath(name), 0, 0, "theme template is missing"));
                continue;
            }
            var template = Template.Parse(source.Text, source.DisplayPath);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Add(Diagnostic.Error(Codes.BadSetting, source.DisplayPath, message.Span.Start.Line + 1,
                        message.Span.Start.Column + 1, "template error: " + message.Message));
                }
                continue;
            }
            result.Add(name, template);
            texts.Add(name, (source.Text, source.DisplayPath));
        }
        return result.Count == Names.Count ? new TemplateSet(result, texts) : null;
    }

    public static TemplateSet FromStrings(IReadOnlyDictionary<string, string> sources)
    {
        var result = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (name, text) in sources)
        {
            var template = Template.Parse(text, name);
            if (template.HasErrors) throw new InvalidOperationException(string.Join("; ", template.Messages));
            result.Add(name, template);
        }
        return new TemplateSet(result, sources.ToDictionary(s => s.Key, s => (s.Value, s.Key), StringComparer.Ordinal));
    }

    // A context per thread, reused: creating one costs more than rendering a page, and it caches
    // the member accessors of our view-model types.
    private readonly ThreadLocal<EscapingTemplateContext> contexts;

    // Per thread: the output a page is rendered into, its UTF-8 bytes, and its content's output, all reused from page to page.
    private readonly ThreadLocal<(StringBuilderOutput Text, Utf8Buffer Bytes, StringBuilderOutput Content)> outputs;

    /// <summary>Renders the content template <paramref name="name"/> for a layout to write: see <see cref="ContentHtml"/>.</summary>
    public ContentHtml RenderContent(string name, object model)
    {
        var context = contexts.Value!;
        var content = outputs.Value!.Content;
        content.Builder.Clear();
        var set = Enter(context, model, out var outer);
        context.PushOutput(content);
        try
        {
            context.Evaluate(set[name].Page!);
            return new ContentHtml(content.Builder);
        }
        finally
        {
            context.PopOutput();
            Leave(context, outer);
        }
    }

    /// <summary>
    /// Renders <paramref name="name"/> as <see cref="Render"/> does, and writes the result to
    /// <paramref name="output"/> as UTF-8, straight from the template's output buffer: no string
    /// and no byte array is made for the page (a tag embed is 150 KB, past the large-object size).
    /// </summary>
    public void RenderTo(string name, object model, Stream output)
    {
        var context = contexts.Value!;
        var (text, bytes, _) = outputs.Value!;
        var set = Enter(context, model, out var outer);
        context.PushOutput(text);
        try
        {
            context.Evaluate(set[name].Page!);
            bytes.Write(text.Builder, output);
        }
        finally
        {
            context.PopOutput();
            Leave(context, outer);
            text.Builder.Clear();
        }
    }

    /// <summary>Renders <paramref name="name"/> with the properties of <paramref name="model"/> as variables.</summary>
    public string Render(string name, object model)
    {
        var context = contexts.Value!;
        var set = Enter(context, model, out var outer);
        try
        {
            return set[name].Render(context);
        }
        finally
        {
            Leave(context, outer);
        }
    }
}
