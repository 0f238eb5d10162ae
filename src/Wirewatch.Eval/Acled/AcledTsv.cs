using System.Text;
using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Acled;

/// <summary>
/// The tab-separated files of <c>eval acled</c>. Input lines are <c>id&lt;TAB&gt;snippet</c> (further columns are
/// ignored, so a gold file can be the input); a first line starting with <c>id</c> is a header. Gold labels are read
/// from the last column; predictions are written as <c>id&lt;TAB&gt;label</c>.
/// </summary>
public static class AcledTsv
{
    public static List<AcledSnippet> ReadSnippets(string path)
    {
        var result = new List<AcledSnippet>();
        foreach (var (id, columns) in Rows(path))
        {
            result.Add(new AcledSnippet(id, columns.Length > 1 ? columns[1] : string.Empty));
        }

        return result;
    }

    /// <summary>Gold (or predicted) labels by id: the last column of each line; unknown labels are rejected.</summary>
    public static Dictionary<string, string> ReadLabels(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, columns) in Rows(path))
        {
            var label = columns[^1].Trim();
            if (columns.Length < 2 || !AcledCaseLabels.IsLabel(label))
            {
                throw new InputRejectedException(path, $"id {id}: '{label}' is not a label of the CASE 2021 set.");
            }

            if (!result.TryAdd(id, label))
            {
                throw new InputRejectedException(path, $"id {id} occurs twice.");
            }
        }

        return result;
    }

    public static void WritePredictions(string path, IReadOnlyList<(string Id, string Label)> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var sb = new StringBuilder();
        foreach (var (id, label) in predictions)
        {
            sb.Append(id).Append('\t').Append(label).Append('\n');
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    private static IEnumerable<(string Id, string[] Columns)> Rows(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputRejectedException(path, "file not found.");
        }

        bool first = true;
        foreach (var line in File.ReadLines(path))
        {
            bool header = first && line.StartsWith("id", StringComparison.OrdinalIgnoreCase) && (line.Length == 2 || !char.IsLetterOrDigit(line[2]));
            first = false;
            if (header || line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            yield return (columns[0].Trim(), columns);
        }
    }
}
