using Wirewatch.Events.Templates;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Events.Tests.Templates;

public sealed class RoleTemplateTests
{
    private static Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> Roles(params (string Role, string[] Mentions)[] entities)
    {
        var roles = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var role in TemplateRoles.All)
        {
            roles[role] = entities.Where(e => e.Role == role).Select(e => (IReadOnlyList<string>)e.Mentions).ToList();
        }

        return roles;
    }

    private static string Tags(RoleSequence seq, int[] labels) =>
        string.Join(" ", Enumerable.Range(0, seq.Count).Select(i => seq.Word(i).ToString() + "/" + TemplateRoles.LabelNames[labels[i]]));

    [Fact]
    public void Aligner_places_every_whole_token_occurrence_and_prefers_longer_spans()
    {
        var seq = RoleSequence.Create("the guerrillas attacked the farm. later the guerrilla column burned the farmhouse.", null);
        var gold = Roles(("PerpInd", ["guerrillas", "guerrilla column"]), ("Target", ["farm"]));
        var all = RoleSpanAligner.Labels(seq, gold, RoleAlignment.All);
        Assert.Equal(
            "the/O guerrillas/B-PerpInd attacked/O the/O farm/B-Target ./O later/O the/O guerrilla/B-PerpInd column/I-PerpInd burned/O the/O farmhouse/O ./O",
            Tags(seq, all));

        var seq2 = RoleSequence.Create("a bomb exploded. police found a second bomb.", null);
        var first = RoleSpanAligner.Labels(seq2, Roles(("Weapon", ["bomb"])), RoleAlignment.First);
        Assert.Equal("a/O bomb/B-Weapon exploded/O ./O police/O found/O a/O second/O bomb/O ./O", Tags(seq2, first));
    }

    [Fact]
    public void Decoder_spans_read_bio_runs()
    {
        int b0 = TemplateRoles.Begin(0), b3 = TemplateRoles.Begin(3);
        var spans = RoleDecoder.Spans([0, b0, b0 + 1, 0, b3, b3, b3 + 1]);
        Assert.Equal([(0, 1, 2), (3, 4, 4), (3, 5, 6)], spans);
    }

    [Fact]
    public void Grouper_merges_same_normalised_strings_and_optionally_contained_ones()
    {
        var mentions = new[] { "the guerrillas", "guerrillas", "guerrilla column", "urban commando", "commando", "F.M.L.N.", "fmln" };
        var exact = RoleEntityGrouper.Group(mentions, mergeContained: false);
        Assert.Equal(5, exact.Count);
        Assert.Equal(["the guerrillas", "guerrillas"], exact[0]);
        Assert.Equal(["F.M.L.N.", "fmln"], exact[4]);
        var merged = RoleEntityGrouper.Group(mentions, mergeContained: true);
        Assert.Equal(4, merged.Count);
        Assert.Equal(["urban commando", "commando"], merged[2]);
        Assert.Equal("urban commando", RoleEntityGrouper.Key("An \"urban\" commando."));
    }

    [Fact]
    public void Incident_type_follows_the_most_frequent_cue()
    {
        Assert.Equal("bombing", IncidentTypeGuesser.Guess(["a", "bomb", "exploded", "near", "the", "kidnapped", "dynamite"]));
        Assert.Equal("kidnapping", IncidentTypeGuesser.Guess(["they", "kidnapped", "two", "hostages"]));
        Assert.Equal("attack", IncidentTypeGuesser.Guess(["guerrillas", "attacked", "a", "post"]));
    }

    [Fact]
    public void A_tagger_trained_on_a_few_documents_finds_their_fillers_and_survives_a_save()
    {
        var docs = new List<RoleTrainingDocument>();
        string[] perps = ["guerrillas", "terrorists", "rebels", "gunmen"];
        string[] victims = ["mayor", "judge", "priest", "senator"];
        for (int k = 0; k < 12; k++)
        {
            string p = perps[k % 4], v = victims[(k / 4 + k) % 4];
            docs.Add(new RoleTrainingDocument($"yesterday {p} killed the {v} with a bomb in the town. the army said the {v} died.", Roles(("PerpInd", [p]), ("Victim", [v]), ("Weapon", ["bomb"]))));
            docs.Add(new RoleTrainingDocument("the president met the delegation today to discuss trade.", Roles()));
        }

        var manifest = new ModelManifest { Name = "muc4-roles", Version = RoleTagger.Version };
        var tagger = RoleTaggerTrainer.Train(docs, new RoleTrainingOptions { Epochs = 5, Seed = 3, PruneBelow = 0 }, manifest);
        var path = Path.Combine(Path.GetTempPath(), $"roles-{Guid.NewGuid():N}.wwm");
        try
        {
            tagger.WithDecoding(new RoleDecodingOptions(0.5f, true, false)).Save(path);
            var loaded = RoleTagger.Load(path);
            Assert.Equal(0.5f, loaded.Decoding.OutsideBias);
            var result = loaded.Extract("yesterday rebels killed the judge with a bomb in the town.");
            Assert.Equal(["rebels"], result.Roles["PerpInd"].Single());
            Assert.Equal(["judge"], result.Roles["Victim"].Single());
            Assert.Equal(["bomb"], result.Roles["Weapon"].Single());
            Assert.Equal("bombing", result.IncidentType);
            Assert.Contains(result.Mentions, m => m.Role == "Victim" && m.Start == 28 && m.End == 33);
            Assert.Empty(loaded.Extract("the president met the delegation today to discuss trade.").Mentions);
        }
        finally
        {
            File.Delete(path);
            File.Delete(ModelFileWriter.SidecarPath(path));
        }
    }
}
