using System.Linq.Expressions;
using System.Reflection;
using Dicta.Model;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Linq;
using Dicta.Query.Schema;
using Dicta.Query.Syntax;
using Dicta.Query.Testing;
using Dicta.Query.Tests.Execution;
using Dicta.Query.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Reliability;

/// <summary>
/// No query reaches .NET beyond the schema (issue 8; the class of CVE-2023-32571 in System.Linq.Dynamic.Core, where a
/// filter string could call any method): member access, method calls, type names, reflection, indexers, generics,
/// lambdas and casts, in every place a query has an expression, are errors at parse or bind time, so the query never
/// runs; a parameter value that looks like code stays text. And the trees the compiler builds for random well-typed
/// queries call nothing but the schema's accessors and the engine's fixed operations.
/// </summary>
public sealed class SchemaEscapeTests
{
    private static readonly QueryEngine Engine = new(Seeds.Corpus, new QueryEngineOptions { CacheSize = 0 });

    /// <summary>Things that would reach .NET if the language were C# or Dynamic LINQ.</summary>
    public static readonly string[] Payloads =
    [
        "speaker.GetType()",
        "speaker.GetType",
        "text.Length",
        "text.Substring(0, 1)",
        "speaker.name.ToUpper()",
        "\"x\".GetType().Assembly",
        "'x'.GetType()",
        "System.IO.File.ReadAllText(\"/etc/passwd\")",
        "System.Diagnostics.Process.Start(\"sh\")",
        "System.Environment.Exit(1)",
        "typeof(string)",
        "new System.Object()",
        "new()",
        "Assembly.Load(\"x\")",
        "AppDomain.CurrentDomain.GetAssemblies()",
        "Activator.CreateInstance(\"x\", \"y\")",
        "Type.GetType(\"System.IO.File\")",
        "speaker[0]",
        "topic[\"x\"]",
        "List<int>",
        "Enumerable.Range<int>(0, 1)",
        "x => x",
        "(s) => s.Speaker",
        "(object)speaker",
        "(string)text",
        "speaker is object",
        "default(int)",
        "nameof(text)",
        "Content",
        "ContentSpan",
        "Owner",
        "article.Text",
        "article.Metadata",
        "speaker.Members",
        "$who.GetType()",
        "@text",
        "text?.Length",
        "text!",
        "np(text)",
        "it.Speaker",
        "iif(true, 1, 2)",
        "speaker.name + \"x\"",
        "line * 2",
        "`text`",
        "text; System.IO.File.Delete(\"x\")",
    ];

    /// <summary>Every place of a query that holds an expression or a name, with <c>{0}</c> where the payload goes.</summary>
    public static readonly string[] Positions =
    [
        "{0}",
        "{0} where line = 1",
        "statements where {0}",
        "statements where {0} = 'x'",
        "statements where speaker = {0}",
        "statements where line > 0 and {0} = 1",
        "statements where not {0}",
        "statements where ({0})",
        "statements select {0}",
        "statements order by {0}",
        "statements group by {0}",
        "statements limit {0}",
        "statements where speaker in ({0})",
        "statements where speaker in ('Putin', {0})",
        "statements where line between {0} and 10",
        "statements where line between 1 and {0}",
        "statements where text matches {0}",
        "statements where text has {0}",
        "statements where ${0} = 1",
        "statements where text contains 'a' order by line limit 2 select {0}",
    ];

    public static TheoryData<string> PayloadData => [.. Payloads];

    [Theory]
    [MemberData(nameof(PayloadData))]
    public void A_payload_in_every_position_is_an_error_and_the_query_never_runs(string payload)
    {
        var who = new Dictionary<string, object?> { ["who"] = "Putin" };
        foreach (var position in Positions)
        {
            var query = string.Format(System.Globalization.CultureInfo.InvariantCulture, position, payload);

            var prepared = Engine.Prepare(query, who);
            var result = prepared.Execute();

            Assert.True(prepared.HasErrors, $"ran: {query}");
            Assert.Null(prepared.Plan);
            Assert.Equal(QueryResultKind.NotRun, result.Kind);
            Assert.Contains(result.Diagnostics, d => d.IsError && d.Location.Span.End <= query.Length);
        }
    }

    [Theory]
    [InlineData("Content")]
    [InlineData("GetType")]
    [InlineData("Owner")]
    [InlineData("object")]
    public void An_alias_that_names_a_member_is_only_the_name_of_a_column(string alias)
    {
        var aliased = Engine.Execute($"statements select text as {alias} limit 3");

        Assert.Equal(alias, Assert.Single(aliased.Columns));
        Assert.Equal(Seeds.Describe(Engine.Execute("statements select text limit 3")), Seeds.Describe(aliased));
    }

    [Theory]
    [MemberData(nameof(PayloadData))]
    public void A_payload_as_a_condition_of_the_LINQ_helpers_is_a_query_exception(string payload)
    {
        var statements = Seeds.Corpus.Statements;

        Assert.Throws<QueryException>(() => Engine.Predicate<Statement>(payload));
        Assert.Throws<QueryException>(() => Engine.Predicate<Speaker>("name = 'x' and " + payload));
        Assert.Throws<QueryException>(() => statements.AsQueryable().Where(Engine, payload).ToList());
        Assert.Throws<QueryException>(() => statements.Where(Engine, "line > 0 or " + payload).ToList());
        Assert.Throws<QueryException>(() => statements.AsQueryable().Query(Engine, "statements where " + payload).ToList());
        Assert.False(statements.Execute(Engine, "statements where " + payload).Succeeded);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\")")]
    [InlineData("\"x\".GetType().Assembly")]
    [InlineData("') or 1=1 or ('")]
    [InlineData("Putin' or speaker != '")]
    [InlineData("$who")]
    [InlineData("x => x.Speaker")]
    public void A_parameter_value_that_looks_like_code_stays_a_string(string value)
    {
        var parameters = new Dictionary<string, object?> { ["who"] = value };

        var prepared = Engine.Prepare("statements where speaker = $who or text contains $who or topic = $who", parameters);
        var result = prepared.Execute();

        Assert.False(prepared.HasErrors, string.Join("\n", prepared.Diagnostics));
        Assert.Empty(result.Items);
        Assert.All(
            ((BoundLogicalExpression)prepared.Bound.Filter!).Operands,
            operand => Assert.Equal(value, Assert.IsType<BoundParameter>(operand switch
            {
                BoundComparison c => c.Right,
                BoundStringTest t => t.Right,
                _ => operand,
            }).Value));
        Assert.Empty(Seeds.Corpus.Statements.AsQueryable().Where(Engine, "speaker = $who", parameters));
    }

    [Theory]
    [MemberData(nameof(HostObjects))]
    public void A_parameter_value_of_a_type_queries_do_not_know_is_an_error(object value)
    {
        var result = Engine.Execute("statements where speaker = $who", new Dictionary<string, object?> { ["who"] = value });

        Assert.Equal("DQ0106", Assert.Single(result.Diagnostics).Id);
        Assert.Equal(QueryResultKind.NotRun, result.Kind);
    }

    public static TheoryData<object> HostObjects => new()
    {
        typeof(File),
        new Func<string>(() => throw new InvalidOperationException("a parameter value was invoked")),
        Assembly.GetExecutingAssembly(),
        new Uri("file:///etc/passwd"),
        new object(),
    };

    /// <summary>
    /// The strongest form: walk every expression tree the compiler builds for random well-typed queries (the row test,
    /// the residual test of the plan, each column, ordering and group key, and the closed predicate LINQ gets) and
    /// collect every member it calls, reads or constructs. Each must be one the schema's accessors read (or its span
    /// accessors, through which text tests search in place), one of the engine's fixed operations, or one of a handful of
    /// BCL members the builder itself uses.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Compiled_trees_of_random_queries_reach_only_the_schema_and_the_fixed_operations() =>
        Prop.ForAll(QueryGenerators.Queries(Generated.Options), CorpusGenerators.Corpora(), (tree, corpus) => Reach(tree, Generated.Parameters, corpus));

    [Property(MaxTest = 100)]
    public Property Compiled_trees_of_random_queries_on_the_seeds_reach_only_the_schema_and_the_fixed_operations() =>
        Prop.ForAll(QueryGenerators.Queries(QueryGenerationOptions.For(Seeds.Corpus)), tree => Reach(tree, null, Seeds.Corpus));

    [Fact]
    public void The_members_the_schema_reads_are_the_model_s_own_and_a_few_of_the_BCL()
    {
        var outside = SchemaMembers.Value
            .Where(m => m.DeclaringType?.Namespace is not ("Dicta.Model" or "Dicta.Model.Text" or "Dicta.Query.Schema" or "Dicta.Query.Execution"))
            .Select(Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            ["Decimal.op_Implicit", "Enumerable.Select", "ImmutableArray`1.Length", "Object.ToString"],
            outside.Distinct(StringComparer.Ordinal));
    }

    private static readonly Lazy<HashSet<MemberInfo>> SchemaMembers = new(() =>
    [
        .. QuerySchema.Default.Sources
            .SelectMany(s => s.Fields.Concat(s.Fields.SelectMany(f => f.Fields)))
            .SelectMany(f => new[] { f.Accessor, f.SpanAccessor }.OfType<LambdaExpression>())
            .SelectMany(MemberCollector.Collect),
    ]);

    private static readonly HashSet<MemberInfo> FixedOperations =
    [
        .. typeof(QueryOperations).GetMethods(BindingFlags.Public | BindingFlags.Static),
        .. typeof(Enumerable).GetMethods().Where(m => m.Name is nameof(Enumerable.Any) or nameof(Enumerable.Empty)),
    ];

    private static Property Reach(SyntaxTree tree, IReadOnlyDictionary<string, object?>? parameters, Corpus corpus)
    {
        var bound = Query.Binding.Binder.Bind(tree, parameters, corpus);
        if (bound.HasErrors)
        {
            return false.Label("a generated query does not bind: " + string.Join("; ", bound.Diagnostics));
        }

        var builder = new ExpressionBuilder(bound.Source!.ElementType);
        var trees = new List<Expression> { builder.Predicate(bound.Filter) };
        trees.AddRange(bound.Columns.Select(c => builder.Value(c.Expression)));
        trees.AddRange(bound.GroupKeys.Select(k => builder.Value(k.Expression)));
        trees.AddRange(bound.Orderings.Where(o => !bound.IsGrouped).Select(o => builder.Value(o.Expression)));
        trees.Add(QueryCompiler.Compile(bound).Predicate!);
        trees.Add(Closed(bound, corpus));

        var outside = trees
            .SelectMany(MemberCollector.Collect)
            .Where(m => !SchemaMembers.Value.Contains(m) && !FixedOperations.Contains(Definition(m)) && !IsModelNullTest(m))
            .Select(Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return (outside.Count == 0).Label($"{SyntaxPrinter.Print(tree.Root)}\nreaches {string.Join(", ", outside)}");
    }

    private static Expression Closed(BoundQuery bound, Corpus corpus)
    {
        var method = typeof(QueryCompiler).GetMethods()
            .Single(m => m.Name == nameof(QueryCompiler.ToPredicate) && m.GetParameters() is [{ ParameterType.Name: nameof(BoundQuery) }, _])
            .MakeGenericMethod(bound.Source!.ElementType);
        return (Expression)method.Invoke(null, [bound, corpus])!;
    }

    /// <summary>The builder stops a path of fields at an absent value with <c>==</c>, which is the model type's own operator.</summary>
    private static bool IsModelNullTest(MemberInfo member) =>
        member is MethodInfo { Name: "op_Equality" } && member.DeclaringType?.Namespace == "Dicta.Model";

    private static MemberInfo Definition(MemberInfo member) =>
        member is MethodInfo { IsGenericMethod: true } generic ? generic.GetGenericMethodDefinition() : member;

    private static string Name(MemberInfo member) => $"{member.DeclaringType?.Name}.{member.Name}";

    /// <summary>Every method called, member read, constructor and operator method used in a tree.</summary>
    private sealed class MemberCollector : ExpressionVisitor
    {
        private readonly List<MemberInfo> _members = [];

        public static List<MemberInfo> Collect(Expression expression)
        {
            var collector = new MemberCollector();
            collector.Visit(expression);
            return collector._members;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            _members.Add(node.Method);
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            _members.Add(node.Member);
            return base.VisitMember(node);
        }

        protected override Expression VisitNew(NewExpression node)
        {
            _members.Add(node.Constructor!);
            return base.VisitNew(node);
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            if (node.Method is { } method)
            {
                _members.Add(method);
            }

            return base.VisitUnary(node);
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.Method is { } method)
            {
                _members.Add(method);
            }

            return base.VisitBinary(node);
        }

        protected override Expression VisitInvocation(InvocationExpression node)
        {
            _members.Add(typeof(Delegate).GetMethod(nameof(Delegate.DynamicInvoke))!);
            return base.VisitInvocation(node);
        }

        protected override Expression VisitIndex(IndexExpression node)
        {
            _members.Add(node.Indexer ?? (MemberInfo)typeof(Array));
            return base.VisitIndex(node);
        }
    }
}
