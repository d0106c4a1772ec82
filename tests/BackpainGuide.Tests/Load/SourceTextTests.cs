using System.Text;
using BackpainGuide.Diagnostics;
using BackpainGuide.Load;

namespace BackpainGuide.Tests.Load;

public class SourceTextTests
{
    [Fact]
    public void Bom_and_crlf_are_normalised()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a\r\nb\rc\n")).ToArray();
        Assert.Equal("a\nb\nc\n", SourceText.Decode(bytes, "f", new DiagnosticBag()));
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes("ok\nré").Concat(new byte[] { 0xFF, (byte)'x' }).ToArray();
        var bag = new DiagnosticBag();
        Assert.Null(SourceText.Decode(bytes, "f.md", bag));
        Assert.Equal("f.md:2:3: error BG001: file is not valid UTF-8 (byte 0xFF); save it as UTF-8", Assert.Single(bag.Sorted()).ToString());
    }

    [Fact]
    public void Nul_bytes_mark_a_binary_file()
    {
        var bag = new DiagnosticBag();
        Assert.Null(SourceText.Decode("a\0b"u8, "f.md", bag));
        Assert.Equal(Codes.BinaryFile, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void Very_long_lines_are_refused()
    {
        var bag = new DiagnosticBag();
        var text = "short\n" + new string('a', Limits.MaxLineLength + 1);
        Assert.Null(SourceText.Decode(Encoding.UTF8.GetBytes(text), "f.md", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((Codes.LineTooLong, 2), (d.Code, d.Line));
    }
}
