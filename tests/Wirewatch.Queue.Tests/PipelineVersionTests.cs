namespace Wirewatch.Queue.Tests;

public sealed class PipelineVersionTests
{
    [Fact]
    public void RetrainedWeightsUnderTheSameComponentNamesMakeANewVersion()
    {
        var pipeline = TestPipelines.Plain();
        var root = Path.Combine(Path.GetTempPath(), "ww-pv-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "models"));
            File.WriteAllText(Path.Combine(root, "models", "tagger.wwm"), "weights A");
            File.WriteAllText(Path.Combine(root, "triggers.tsv"), "attack\tverb");
            var first = PipelineVersion.Of(pipeline, root);
            Assert.Equal(first, PipelineVersion.Of(pipeline, root));
            Assert.Matches("^p-[0-9a-f]{12}$", first);
            Assert.NotEqual(PipelineVersion.Of(pipeline), first);

            File.WriteAllText(Path.Combine(root, "models", "tagger.wwm"), "weights B");
            Assert.NotEqual(first, PipelineVersion.Of(pipeline, root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
