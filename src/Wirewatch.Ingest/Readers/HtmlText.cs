using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Wirewatch.Ingest.Readers;

/// <summary>Plain text of an HTML fragment or page: block elements become paragraphs, scripts and styles vanish, whitespace is tidied.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "BR", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TR", "TABLE",
        "SECTION", "ARTICLE", "HEADER", "FOOTER", "FIGURE", "FIGCAPTION", "HR", "DD", "DT",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "HEAD",
    };

    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.IndexOf('<', StringComparison.Ordinal) < 0 && html.IndexOf('&', StringComparison.Ordinal) < 0)
        {
            return Tidy(html);
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        return ToPlainText(document.Body ?? (INode)document);
    }

    public static string ToPlainText(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var sb = new StringBuilder();
        Append(root, sb);
        return Tidy(sb.ToString());
    }

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.TagName):
                    break;
                case IElement element:
                    bool block = Blocks.Contains(element.TagName);
                    if (block)
                    {
                        sb.Append("\n\n");
                    }

                    Append(element, sb);
                    if (block)
                    {
                        sb.Append("\n\n");
                    }

                    break;
            }
        }
    }

    /// <summary>Collapses spaces within lines, keeps at most one blank line between paragraphs, trims.</summary>
    internal static string Tidy(string text)
    {
        var sb = new StringBuilder(text.Length);
        int newlines = 0;
        bool space = false;
        foreach (var raw in text)
        {
            char c = raw == '\u00A0' ? ' ' : raw;
            if (c == '\n')
            {
                newlines++;
                space = false;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (sb.Length > 0)
            {
                if (newlines > 0)
                {
                    sb.Append(newlines > 1 ? "\n\n" : "\n");
                }
                else if (space)
                {
                    sb.Append(' ');
                }
            }

            newlines = 0;
            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
