using Pidgin;

namespace Dicta.Query.Parsing;

/// <summary>
/// The combinator <c>{ c }</c> over characters that satisfy a predicate, as one Pidgin parser: it consumes them and
/// never fails. It means the same as <c>Parser&lt;char&gt;.Token(predicate).SkipMany()</c>, but that composition sets
/// up error bookkeeping (pooled lists of expected tokens, fetched through a generic interface call) on every use, and
/// the lexer uses the combinator once or twice per lexeme.
/// </summary>
internal sealed class SkipWhileParser(Func<char, bool> predicate) : Parser<char, Unit>
{
    /// <inheritdoc/>
    public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
    {
        while (state.HasCurrent && predicate(state.Current))
        {
            state.Advance();
        }

        result = Unit.Value;
        return true;
    }
}
