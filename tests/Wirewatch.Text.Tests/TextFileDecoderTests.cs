using System.Text;
using Wirewatch.Core.Errors;

namespace Wirewatch.Text.Tests;

public class TextFileDecoderTests
{
    [Fact]
    public void Empty_input_is_rejected_with_a_reason()
    {
        var ex = Assert.Throws<InputRejectedException>(() => TextFileDecoder.Decode([], "a.txt"));
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_input_is_rejected()
    {
        Assert.Throws<InputRejectedException>(() => TextFileDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], "a.png"));
    }

    [Fact]
    public void Utf8_bom_is_dropped()
    {
        var decoded = TextFileDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i'], "a.txt");
        Assert.Equal("hi", decoded.Text);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void Utf16_with_bom_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Derna")).ToArray();
        Assert.Equal("Derna", TextFileDecoder.Decode(bytes, "a.txt").Text);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_latin1_with_a_warning()
    {
        var decoded = TextFileDecoder.Decode([(byte)'c', (byte)'a', (byte)'f', 0xE9], "a.txt");
        Assert.Equal("café", decoded.Text);
        Assert.NotNull(decoded.Warning);
    }
}
