using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq.Expressions;
using Dicta.Model;
using Dicta.Query.Execution;

namespace Dicta.Query.Schema;

/// <summary>
/// The whitelist: every source and field a query can name, each with its type and its accessor. The binder
/// resolves names only here, and the compiler and interpreter read rows only through these accessors (and, for the
/// text that lies in an article, through its span accessor: tests search that text in place).
/// </summary>
public sealed class QuerySchema
{
    private readonly FrozenDictionary<string, SourceSymbol> _sourcesByName;

    private QuerySchema()
    {
        var speakerFields = ImmutableArray.Create(
            Field<Speaker, string>("name", QueryType.Text, "The canonical name: \"Vladimir Putin\".", (c, s) => s.Name),
            Many<Speaker, string>("alias", QueryType.Text, "The canonical name and every other name the speaker goes by.", (c, s) => SchemaValues.NamesOf(c, s)),
            Field<Speaker, string?>("country", QueryType.Text, "The country it belongs to, if known.", (c, s) => SchemaValues.Known(c, s).Country),
            Field<Speaker, string?>("role", QueryType.Text, "Its role, if known: \"President of Russia\".", (c, s) => SchemaValues.Known(c, s).Role),
            Field<Speaker, string>("type", QueryType.Text, "person, organization, outlet or group.", (c, s) => SchemaValues.SpeakerKindName(s.Kind)),
            Field<Speaker, decimal?>("statements", QueryType.Number, "How many statements it made, alone or in a group.", (c, s) => c.Corpus.Index.BySpeaker(s.Name).Length));

        var articleFields = ImmutableArray.Create(
            Field<Article, string>("id", QueryType.Text, "The article's id: its file name or record id.", (c, a) => a.Id),
            Field<Article, string?>("title", QueryType.Text, "The headline, if any.", (c, a) => a.Metadata.Title),
            Field<Article, string?>("outlet", QueryType.Text, "The publisher: \"Sputnik International\".", (c, a) => a.Metadata.Outlet),
            Field<Article, DateOnly?>("date", QueryType.Date, "The date it was published, if known.", (c, a) => SchemaValues.DateOf(a.Metadata.Published)),
            Field<Article, string?>("url", QueryType.Text, "Where it was published, if known.", (c, a) => a.Metadata.Url),
            Field<Article, string?>("dateline", QueryType.Text, "The place its dateline gives.", (c, a) => a.Metadata.Dateline),
            Field<Article, decimal?>("statements", QueryType.Number, "How many statements it has.", (c, a) => a.Statements.Length));

        var topicFields = ImmutableArray.Create(
            Field<Topic, string>("name", QueryType.Text, "The slug: \"world-order\".", (c, t) => t.Slug),
            Field<Topic, string>("label", QueryType.Text, "The name people read: \"World order\".", (c, t) => t.Label),
            Field<Topic, decimal?>("statements", QueryType.Number, "How many statements touch it.", (c, t) => c.Corpus.Index.ByTopic(t.Slug).Length));

        var statementFields = ImmutableArray.Create(
            Field<Statement, Speaker>("speaker", QueryType.Speaker, "Who said it; = matches any of its names, and a group answers for each member.", (c, s) => s.Speaker, speakerFields, FieldIndex.Speaker),
            Many<Statement, Topic>("topic", QueryType.Topic, "The topics it touches; = matches a slug or label.", (c, s) => s.Topics, FieldIndex.Topic),
            Field<Statement, string>("text", QueryType.Text, "What was said: the content.", (c, s) => s.Content.ToString(), index: FieldIndex.Term, span: (c, s) => s.Content),
            Many<Statement, string>("quote", QueryType.Text, "The quoted segments, without quotation marks.", (c, s) => s.Quotes.Select(q => q.ToString()), spans: (c, s) => s.Quotes),
            Field<Statement, string>("kind", QueryType.Text, "direct, partial or indirect.", (c, s) => SchemaValues.KindName(s.Kind)),
            Field<Statement, string?>("cue", QueryType.Text, "The speech-act cue: \"said\", \"according to\".", (c, s) => SchemaValues.TextOf(s, s.CueSpan), span: (c, s) => SchemaValues.SpanOf(s, s.CueSpan)),
            Field<Statement, string?>("mention", QueryType.Text, "The text that names the speaker at the attribution.", (c, s) => SchemaValues.TextOf(s, s.MentionSpan), span: (c, s) => SchemaValues.SpanOf(s, s.MentionSpan)),
            Field<Statement, Speaker?>("addressee", QueryType.Speaker, "Whom it was said to, if the article names someone.", (c, s) => s.Addressee, speakerFields),
            Field<Statement, Speaker?>("via", QueryType.Speaker, "The channel that reports it, if any.", (c, s) => s.Via, speakerFields),
            Field<Statement, DateOnly?>("date", QueryType.Date, "The date its article was published, if known.", (c, s) => SchemaValues.DateOf(s.Article.Metadata.Published)),
            Field<Statement, decimal?>("line", QueryType.Number, "The line its content starts on.", (c, s) => s.Line),
            Field<Statement, bool?>("ambiguous", QueryType.Boolean, "True when the article garbles the attribution.", (c, s) => s.IsAmbiguous),
            Field<Statement, Article>("article", QueryType.Article, "The article it belongs to.", (c, s) => s.Article, articleFields));

        Sources =
        [
            new SourceSymbol("statements", typeof(Statement), "What was said, by whom, to whom and about what.", statementFields, c => c.Statements.Cast<object>(), isIndexed: true),
            new SourceSymbol("articles", typeof(Article), "The articles of the corpus.", articleFields, c => c.Articles),
            new SourceSymbol("speakers", typeof(Speaker), "Every speaker the statements name, merged across articles.", speakerFields, c => c.Speakers.Cast<object>()),
            new SourceSymbol("topics", typeof(Topic), "Every topic the statements touch.", topicFields, c => c.Topics.Cast<object>()),
        ];
        _sourcesByName = SourceSymbol.ByName(Sources, s => s.Name, s => s);
    }

    /// <summary>The schema of the model: the four sources and their fields.</summary>
    public static QuerySchema Default { get; } = new();

    /// <summary>The sources, in the order <c>:schema</c> lists them.</summary>
    public ImmutableArray<SourceSymbol> Sources { get; }

    /// <summary>The source called <paramref name="name"/> (ignoring case), or null.</summary>
    public SourceSymbol? GetSource(string name) => name is null ? null : _sourcesByName.GetValueOrDefault(name);

    /// <summary>The source whose rows are of type <paramref name="elementType"/> (<see cref="Statement"/> for <c>statements</c>, …), or null.</summary>
    public SourceSymbol? GetSource(Type elementType) =>
        Sources.FirstOrDefault(s => s.ElementType == elementType);

    /// <summary>The source called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The schema has no such source.</exception>
    public SourceSymbol this[string name] => GetSource(name) ?? throw new KeyNotFoundException($"The schema has no source '{name}'.");

    private static FieldSymbol Field<TRow, TValue>(
        string name,
        QueryType type,
        string description,
        Expression<Func<QueryContext, TRow, TValue>> accessor,
        ImmutableArray<FieldSymbol> fields = default,
        FieldIndex index = FieldIndex.None,
        Expression<Func<QueryContext, TRow, ReadOnlyMemory<char>?>>? span = null) =>
        new(name, type, isMany: false, description, accessor, fields, index, span);

    private static FieldSymbol Many<TRow, TElement>(
        string name,
        QueryType type,
        string description,
        Expression<Func<QueryContext, TRow, IEnumerable<TElement>>> accessor,
        FieldIndex index = FieldIndex.None,
        Expression<Func<QueryContext, TRow, IEnumerable<ReadOnlyMemory<char>>>>? spans = null) =>
        new(name, type, isMany: true, description, accessor, index: index, spanAccessor: spans);
}
