namespace Wirewatch.Eval.Ner;

/// <summary>
/// The CoNLL shared-task entity metric (conlleval): a predicted chunk is correct when a gold chunk starts and ends at
/// the same tokens with the same type. Chunk starts and ends follow conlleval's rules, so IOB1, IOB2 and IOBES tags
/// may be mixed (e.g. IOB1 gold against IOB2 predictions). Feed tokens with <see cref="Add"/> and call
/// <see cref="EndSentence"/> at every sentence break.
/// </summary>
public sealed class ConllevalScorer
{
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private string _prevGold = "O", _prevGuess = "O";
    private string _prevGoldType = string.Empty, _prevGuessType = string.Empty;
    private bool _inCorrect;
    private string _correctType = string.Empty;
    private int _tokens, _tokensCorrect;

    /// <summary>Adds one token's gold and predicted tags.</summary>
    public void Add(string gold, string guess)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(guess);
        var (goldTag, goldType) = SplitTag(gold);
        var (guessTag, guessType) = SplitTag(guess);
        bool goldEnd = EndOfChunk(_prevGold, goldTag, _prevGoldType, goldType);
        bool guessEnd = EndOfChunk(_prevGuess, guessTag, _prevGuessType, guessType);
        bool goldStart = StartOfChunk(_prevGold, goldTag, _prevGoldType, goldType);
        bool guessStart = StartOfChunk(_prevGuess, guessTag, _prevGuessType, guessType);

        if (_inCorrect)
        {
            if (goldEnd && guessEnd && _prevGuessType == _prevGoldType)
            {
                _inCorrect = false;
                Count(_correctType)[2]++;
            }
            else if (goldEnd != guessEnd || guessType != goldType)
            {
                _inCorrect = false;
            }
        }

        if (goldStart && guessStart && guessType == goldType)
        {
            _inCorrect = true;
            _correctType = goldType;
        }

        if (goldStart)
        {
            Count(goldType)[0]++;
        }

        if (guessStart)
        {
            Count(guessType)[1]++;
        }

        _tokens++;
        if (gold == guess || (goldTag == guessTag && goldType == guessType))
        {
            _tokensCorrect++;
        }

        _prevGold = goldTag;
        _prevGuess = guessTag;
        _prevGoldType = goldType;
        _prevGuessType = guessType;
    }

    /// <summary>A sentence or document break: open chunks end here (conlleval reads a blank line as O).</summary>
    public void EndSentence()
    {
        if (_inCorrect)
        {
            if (EndOfChunk(_prevGold, "O", _prevGoldType, string.Empty) && EndOfChunk(_prevGuess, "O", _prevGuessType, string.Empty) && _prevGoldType == _prevGuessType)
            {
                Count(_correctType)[2]++;
            }

            _inCorrect = false;
        }

        _prevGold = _prevGuess = "O";
        _prevGoldType = _prevGuessType = string.Empty;
    }

    /// <summary>The figures so far (call <see cref="EndSentence"/> first).</summary>
    public NerScores Result()
    {
        var byType = new SortedDictionary<string, ChunkCounts>(StringComparer.Ordinal);
        foreach (var (type, c) in _counts)
        {
            byType[type] = new ChunkCounts(c[0], c[1], c[2]);
        }

        return new NerScores(_tokens, _tokensCorrect, byType);
    }

    private int[] Count(string type)
    {
        if (!_counts.TryGetValue(type, out var c))
        {
            _counts[type] = c = new int[3];
        }

        return c;
    }

    private static (string Tag, string Type) SplitTag(string value)
    {
        if (value.Length == 0 || value == "O")
        {
            return ("O", string.Empty);
        }

        int dash = value.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (value, string.Empty) : (value[..dash], value[(dash + 1)..]);
    }

    // conlleval's endOfChunk: does a chunk end between the previous token and this one?
    private static bool EndOfChunk(string prevTag, string tag, string prevType, string type)
    {
        bool end = (prevTag, tag) switch
        {
            ("B", "B") or ("B", "O") or ("B", "S") => true,
            ("I", "B") or ("I", "O") or ("I", "S") => true,
            ("E", "E") or ("E", "I") or ("E", "O") or ("E", "S") or ("E", "B") => true,
            ("S", "E") or ("S", "I") or ("S", "O") or ("S", "S") or ("S", "B") => true,
            _ => false,
        };
        if (prevTag != "O" && prevTag != "." && prevType != type)
        {
            end = true;
        }

        return end;
    }

    // conlleval's startOfChunk: does a chunk start at this token?
    private static bool StartOfChunk(string prevTag, string tag, string prevType, string type)
    {
        bool start = (prevTag, tag) switch
        {
            ("B", "B") or ("I", "B") or ("O", "B") or ("S", "B") or ("E", "B") => true,
            ("E", "E") or ("S", "E") or ("O", "E") => true,
            ("E", "I") or ("S", "I") or ("O", "I") => true,
            (_, "S") => true,
            _ => false,
        };
        if (tag != "O" && tag != "." && prevType != type)
        {
            start = true;
        }

        return start;
    }
}
