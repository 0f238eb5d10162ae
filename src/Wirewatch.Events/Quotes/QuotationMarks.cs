namespace Wirewatch.Events.Quotes;

/// <summary>One paired quotation: the opening mark at <c>Open</c>, the words in <c>[ContentStart, ContentEnd)</c>, the closing mark ending at <c>Close</c>.</summary>
internal readonly record struct QuotationMarks(int Open, int ContentStart, int ContentEnd, int Close);
