using System.Globalization;

namespace Wirewatch.Eval.Muc4;

/// <summary>
/// The key the reference scorer matches gold and predictions by: GRIT's document number, i.e. the last digit of the
/// first part times 10,000 plus the last part (<c>TST1-MUC3-0001</c> → <c>10001</c>); a key without '-' is used as is.
/// </summary>
public static class Muc4DocKey
{
    public static string Of(string docId)
    {
        ArgumentNullException.ThrowIfNull(docId);
        int firstDash = docId.IndexOf('-', StringComparison.Ordinal);
        if (firstDash < 0)
        {
            return docId;
        }

        int lastDash = docId.LastIndexOf('-');
        if (firstDash == 0 || !char.IsAsciiDigit(docId[firstDash - 1])
            || !int.TryParse(docId.AsSpan(lastDash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            // Not a MUC document id; keep it whole rather than guess.
            return docId;
        }

        return (((docId[firstDash - 1] - '0') * 10000) + number).ToString(CultureInfo.InvariantCulture);
    }
}
