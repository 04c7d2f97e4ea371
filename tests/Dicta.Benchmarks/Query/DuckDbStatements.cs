using Dicta.Model;
using DuckDB.NET.Data;

namespace Dicta.Benchmarks.Query;

/// <summary>
/// The statements of a corpus as a DuckDB table, in memory and in-process, as a user would load them to ask the same
/// questions in SQL: one row per statement with its position, the speaker's canonical name, the topic slugs as a list,
/// the content text and the date. Loaded with the appender, DuckDB's fastest way in.
/// </summary>
public sealed class DuckDbStatements : IDisposable
{
    private readonly DuckDBConnection _connection;

    /// <summary>Creates the table and loads <paramref name="corpus"/>'s statements into it.</summary>
    public DuckDbStatements(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        Run("CREATE TABLE statements (position INTEGER, speaker VARCHAR, topics VARCHAR[], content VARCHAR, published DATE)");
        using (var appender = _connection.CreateAppender("statements"))
        {
            var statements = corpus.Statements;
            for (var position = 0; position < statements.Length; position++)
            {
                var statement = statements[position];
                var published = statement.Article.Metadata.Published;
                var row = appender.CreateRow()
                    .AppendValue(position)
                    .AppendValue(statement.Speaker.Name)
                    .AppendValue((IEnumerable<string>)[.. statement.Topics.Select(t => t.Slug)])
                    .AppendValue(statement.Content.ToString());
                (published is { } date ? row.AppendValue(DateOnly.FromDateTime(date.Date)) : row.AppendNullValue()).EndRow();
            }
        }
    }

    /// <summary>
    /// The number of statements <paramref name="sql"/> (a <c>SELECT position …</c> with <c>$1</c>, <c>$2</c>, …)
    /// selects, reading every position from the reader, as a program that uses the rows would.
    /// </summary>
    public int Count(string sql, params string[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(parameter));
        }

        using var reader = command.ExecuteReader();
        var positions = new List<int>();
        while (reader.Read())
        {
            positions.Add(reader.GetInt32(0));
        }

        return positions.Count;
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private void Run(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
