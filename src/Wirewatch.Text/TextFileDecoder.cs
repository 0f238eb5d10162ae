using System.Text;
using Wirewatch.Core.Errors;

namespace Wirewatch.Text;

/// <summary>
/// Turns the bytes of an article file into text: UTF-8 (with or without BOM) or UTF-16 with a BOM;
/// bytes that are not valid UTF-8 are read as Latin-1 with a warning. Empty and binary files are rejected.
/// </summary>
public static class TextFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Files larger than this are rejected rather than read into memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static DecodedText ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new InputRejectedException(path, "is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new InputRejectedException(path, "file not found");
        }

        long length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new InputRejectedException(path, $"file is {length / (1024 * 1024)} MiB; the limit for one article is {MaxBytes / (1024 * 1024)} MiB");
        }

        return Decode(File.ReadAllBytes(path), path);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.IsEmpty)
        {
            throw new InputRejectedException(source, "file is empty");
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Checked(utf16.GetString(bytes[2..]), utf16.WebName, null, source);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new InputRejectedException(source, "looks binary (contains NUL bytes); expected text");
        }

        try
        {
            return Checked(StrictUtf8.GetString(bytes), "utf-8", null, source);
        }
        catch (DecoderFallbackException)
        {
            return Checked(Encoding.Latin1.GetString(bytes), "iso-8859-1", "not valid UTF-8; read as Latin-1", source);
        }
    }

    private static DecodedText Checked(string text, string encoding, string? warning, string source)
    {
        int control = 0;
        foreach (char c in text)
        {
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        if (control > 0 && control * 20 > text.Length)
        {
            throw new InputRejectedException(source, "looks binary (too many control characters); expected text");
        }

        if (text.AsSpan().Trim().IsEmpty)
        {
            throw new InputRejectedException(source, "holds only whitespace");
        }

        return new DecodedText(text, encoding, warning);
    }
}
