using BackpainGuide.Layout;
using Scriban.Syntax;

namespace BackpainGuide.Tests.Layout;

/// <summary>
/// The functions every template can call (partial, fill, plural, before, after), called directly
/// rather than through reflection: the same results, arguments converted as Scriban converts a
/// delegate's, values escaped once.
/// </summary>
public class TemplateFunctionTests
{
    private static string Render(string template, object model) =>
        TemplateSet.FromStrings(new Dictionary<string, string> { ["t"] = template, ["box"] = "<b>{{ label }}</b>" }).Render("t", model);

    [Theory]
    [InlineData("{{ plural \"{count} question\" \"{count} questions\" 1 }}", "1 question")]
    [InlineData("{{ plural \"{count} question\" \"{count} questions\" n }}", "3 questions")]
    [InlineData("{{ plural \"{count} question\" \"{count} questions\" \"1\" }}", "1 question")]
    [InlineData("{{ fill \"Hello {name} & {name}\" \"name\" who }}", "Hello &lt;x&gt; &amp; &lt;x&gt;")]
    [InlineData("{{ fill \"{count} of them\" \"count\" n }}", "3 of them")]
    [InlineData("{{ before \"See {link} now\" \"link\" }}|{{ after \"See {link} now\" \"link\" }}", "See | now")]
    [InlineData("{{ before \"no slot\" \"link\" }}|{{ after \"no slot\" \"link\" }}", "no slot|")]
    [InlineData("{{ label = who; partial \"box\" }}", "<b>&lt;x&gt;</b>")]
    public void Functions_give_what_they_gave_as_delegates(string template, string expected) =>
        Assert.Equal(expected, Render(template, new { N = 3, Who = "<x>" }));

    [Fact]
    public void Partials_inside_partials_and_one_after_another_each_write_their_own_output()
    {
        var set = TemplateSet.FromStrings(new Dictionary<string, string>
        {
            ["t"] = "{{ partial \"outer\" }}|{{ partial \"box\" }}|{{ x = partial \"box\"; partial \"outer\" }}{{ x }}",
            ["outer"] = "[{{ partial \"box\" }}{{ label }}{{ partial \"box\" }}]",
            ["box"] = "<b>{{ label }}</b>",
        });
        var expected = "[<b>&lt;x&gt;</b>&lt;x&gt;<b>&lt;x&gt;</b>]|<b>&lt;x&gt;</b>|[<b>&lt;x&gt;</b>&lt;x&gt;<b>&lt;x&gt;</b>]<b>&lt;x&gt;</b>";
        Assert.Equal(expected, set.Render("t", new { Label = "<x>" }));
        // The outputs partials were written into are reused from call to call and from page to page.
        Assert.Equal(expected, set.Render("t", new { Label = "<x>" }));
    }

    [Fact]
    public void A_missing_partial_or_a_missing_argument_is_an_error_not_empty_output()
    {
        Assert.ThrowsAny<Exception>(() => Render("{{ partial \"nowhere\" }}", new { }));
        Assert.ThrowsAny<ScriptRuntimeException>(() => Render("{{ fill \"a\" \"b\" }}", new { }));
    }
}
