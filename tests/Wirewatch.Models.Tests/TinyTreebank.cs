using Wirewatch.Models.Training;

namespace Wirewatch.Models.Tests;

/// <summary>Hand-made annotated sentences for training tiny models inside tests.</summary>
internal static class TinyTreebank
{
    // word/UPOS/XPOS/lemma/head/relation
    private static readonly string[][] Rows =
    [
        ["Rebels/PROPN/NNPS/Rebel/2/nsubj", "attacked/VERB/VBD/attack/0/root", "the/DET/DT/the/4/det", "town/NOUN/NN/town/2/obj", "./PUNCT/././2/punct"],
        ["Soldiers/NOUN/NNS/soldier/2/nsubj", "killed/VERB/VBD/kill/0/root", "two/NUM/CD/two/4/nummod", "fighters/NOUN/NNS/fighter/2/obj", "./PUNCT/././2/punct"],
        ["the/DET/DT/the/2/det", "army/NOUN/NN/army/3/nsubj", "seized/VERB/VBD/seize/0/root", "the/DET/DT/the/5/det", "city/NOUN/NN/city/3/obj", "in/ADP/IN/in/7/case", "Libya/PROPN/NNP/Libya/3/obl", "./PUNCT/././3/punct"],
        ["Militants/NOUN/NNS/militant/3/nsubj", "were/AUX/VBD/be/3/aux", "fleeing/VERB/VBG/flee/0/root", "./PUNCT/././3/punct"],
    ];

    public static List<AnnotatedSentence> Sentences()
    {
        var result = new List<AnnotatedSentence>();
        foreach (var row in Rows)
        {
            var cols = row.Select(r => r.Split('/')).ToArray();
            result.Add(new AnnotatedSentence(
                [.. cols.Select(c => c[0])],
                [.. cols.Select(c => c[3])],
                [.. cols.Select(c => c[1])],
                [.. cols.Select(c => c[2])],
                [.. cols.Select(c => int.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture))],
                [.. cols.Select(c => c[5])]));
        }

        return result;
    }

    public static Wirewatch.Models.ModelFiles.ModelManifest Manifest(string name, string version) => new() { Name = name, Version = version };
}
