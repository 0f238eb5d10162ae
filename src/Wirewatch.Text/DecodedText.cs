namespace Wirewatch.Text;

/// <summary>Text decoded from bytes, with the encoding that was used and anything the caller should report.</summary>
public sealed record DecodedText(string Text, string Encoding, string? Warning);
