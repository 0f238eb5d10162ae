using Wirewatch.Ingest.Language;

namespace Wirewatch.Ingest.Tests.Language;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("The government said on Monday that it would send more troops to the region after the attack.")]
    [InlineData("Rebels have seized the town, and residents said they were afraid to leave their homes.")]
    public void English_is_accepted(string text)
    {
        var guess = LanguageDetector.Detect(text);
        Assert.True(guess.Accept, guess.Reason);
        Assert.Equal("en", guess.Code);
    }

    [Fact]
    public void French_is_skipped_with_reason()
    {
        var guess = LanguageDetector.Detect("Le gouvernement a annoncé lundi qu'il enverrait des troupes dans la région après l'attaque de la ville.");
        Assert.False(guess.Accept);
        Assert.Equal("fr", guess.Code);
        Assert.Contains("French", guess.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_is_skipped_by_script()
    {
        var guess = LanguageDetector.Detect("قالت الحكومة يوم الاثنين إنها سترسل المزيد من القوات إلى المنطقة بعد الهجوم.");
        Assert.False(guess.Accept);
        Assert.Equal("ar", guess.Code);
        Assert.Contains("Arabic script", guess.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_is_skipped_by_script()
    {
        var guess = LanguageDetector.Detect("政府星期一表示，袭击发生后将向该地区增派部队。");
        Assert.False(guess.Accept);
        Assert.Equal("zh", guess.Code);
    }

    [Fact]
    public void Japanese_is_told_from_chinese_by_kana()
    {
        Assert.Equal("ja", LanguageDetector.Detect("政府は月曜日、攻撃の後に部隊を派遣すると発表した。").Code);
    }

    [Theory]
    [InlineData("El gobierno dijo el lunes que enviaría más tropas a la región después del ataque en la ciudad.", "es")]
    [InlineData("Die Regierung sagte am Montag, dass sie nach dem Angriff mehr Truppen in die Region schicken werde.", "de")]
    public void Other_european_languages_are_named(string text, string code)
    {
        var guess = LanguageDetector.Detect(text);
        Assert.False(guess.Accept);
        Assert.Equal(code, guess.Code);
    }

    [Fact]
    public void English_with_foreign_names_is_still_english()
    {
        var guess = LanguageDetector.Detect("Officials in Benghazi said the Libya Dawn coalition and Ansar al-Sharia were fighting for control of the port, which has been closed since the clashes began.");
        Assert.True(guess.Accept, guess.Reason);
    }

    [Fact]
    public void Very_short_text_is_accepted()
    {
        Assert.True(LanguageDetector.Detect("Breaking: blast in Kabul").Accept);
    }

    [Fact]
    public void Text_without_letters_is_skipped()
    {
        var guess = LanguageDetector.Detect("12 34 56 -- 78");
        Assert.False(guess.Accept);
        Assert.Equal("und", guess.Code);
    }
}
