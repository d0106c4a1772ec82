using System.Text;
using System.Text.Json;
using BackpainGuide.Layout;

namespace BackpainGuide.Tests.Layout;

/// <summary>A page's JSON-LD written straight into the page is the same text as its string, however long and whatever it holds.</summary>
public class JsonLdHtmlTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(900)]
    [InlineData(20_000)]
    public void Written_into_a_page_it_is_the_json_it_stands_for(int repeat)
    {
        var text = string.Concat(Enumerable.Repeat("Rücken 😀 </script> & \u2028 ", repeat));
        var ld = new JsonLdHtml(w =>
        {
            w.WriteString("name", text);
            w.WriteNumber("n", repeat);
        });
        var builder = new StringBuilder("<script>");
        ld.AppendTo(builder);
        Assert.Equal("<script>" + ld, builder.ToString());
        using var doc = JsonDocument.Parse(ld.ToString());
        Assert.Equal(text, doc.RootElement.GetProperty("name").GetString());
        Assert.DoesNotContain("</script>", ld.ToString());
        // Made again on the same thread, after a long one: nothing of the last is left over.
        var small = new JsonLdHtml(w => w.WriteString("a", "b"));
        var again = new StringBuilder();
        small.AppendTo(again);
        Assert.Equal("{\"a\":\"b\"}", again.ToString());
    }
}
