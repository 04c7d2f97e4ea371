using System.Collections;
using Dicta.Model;
using Dicta.Query.Execution;
using Dicta.Query.Schema;
using Dicta.Query.Tests.Execution;

namespace Dicta.Query.Tests.Schema;

public class QuerySchemaTests
{
    private static readonly QuerySchema Schema = QuerySchema.Default;

    [Fact]
    public void The_schema_has_the_four_sources_with_their_model_types()
    {
        Assert.Equal(["statements", "articles", "speakers", "topics"], Schema.Sources.Select(s => s.Name));
        Assert.Equal([typeof(Statement), typeof(Article), typeof(Speaker), typeof(Topic)], Schema.Sources.Select(s => s.ElementType));
        Assert.Same(Schema["statements"], Schema.GetSource("STATEMENTS"));
        Assert.Null(Schema.GetSource("quotes"));
        Assert.Equal([true, false, false, false], Schema.Sources.Select(s => s.IsIndexed));
    }

    [Theory]
    [InlineData("statements", "speaker,topic,text,quote,kind,cue,mention,addressee,via,date,line,ambiguous,article")]
    [InlineData("articles", "id,title,outlet,date,url,dateline,statements")]
    [InlineData("speakers", "name,alias,country,role,type,statements")]
    [InlineData("topics", "name,label,statements")]
    public void Each_source_declares_its_fields(string source, string fields) =>
        Assert.Equal(fields.Split(','), Schema[source].Fields.Select(f => f.Name));

    [Fact]
    public void Fields_have_types_multiplicity_sub_fields_and_indexes()
    {
        var statements = Schema["statements"];

        Assert.Equal("topic: topic*", statements.GetField("topic")!.ToString());
        Assert.Equal(QueryType.Text, statements.GetField("speaker")!.GetField("COUNTRY")!.Type);
        Assert.Equal(QueryType.Date, statements.GetField("article")!.GetField("date")!.Type);
        Assert.Equal(FieldIndex.Speaker, statements.GetField("speaker")!.Index);
        Assert.Equal(FieldIndex.Topic, statements.GetField("topic")!.Index);
        Assert.Equal(FieldIndex.Term, statements.GetField("text")!.Index);
        Assert.Equal(FieldIndex.None, statements.GetField("via")!.Index);
        Assert.All(Schema.Sources.SelectMany(s => s.Fields), f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    [Theory]
    [InlineData("Content")]
    [InlineData("Source")]
    [InlineData("GetType")]
    [InlineData("Owner")]
    [InlineData("ContentSpan")]
    public void Members_of_the_model_that_the_schema_does_not_declare_cannot_be_named(string member) =>
        Assert.Null(Schema["statements"].GetField(member));

    [Fact]
    public void Every_accessor_reads_every_seed_row_as_its_declared_type()
    {
        var context = new QueryContext(Seeds.Corpus);
        foreach (var source in Schema.Sources)
        {
            foreach (var row in source.GetRows(Seeds.Corpus))
            {
                foreach (var field in source.Fields.Concat(source.Fields.SelectMany(f => f.Fields)))
                {
                    var receiver = field.RowType == source.ElementType ? row : source.Fields.First(f => f.Fields.Contains(field)).Read(context, row);
                    if (receiver is null)
                    {
                        continue;
                    }

                    var value = field.Read(context, receiver);
                    if (field.IsMany)
                    {
                        Assert.All(Assert.IsAssignableFrom<IEnumerable>(value).Cast<object>(), v => Assert.IsType(field.Type.GetElementType(), v));
                    }
                    else if (value is not null)
                    {
                        Assert.IsType(field.Type.GetElementType(), value);
                    }
                }
            }
        }
    }

    [Fact]
    public void Type_names_read_as_words()
    {
        Assert.Equal("date", QueryType.Date.GetDisplayName());
        Assert.Equal(typeof(decimal?), QueryType.Number.GetValueType());
        Assert.Equal(typeof(decimal), QueryType.Number.GetElementType());
        Assert.True(QueryType.Text.IsOrdered());
        Assert.False(QueryType.Speaker.IsOrdered());
        Assert.True(QueryType.Topic.IsSymbol());
    }
}
