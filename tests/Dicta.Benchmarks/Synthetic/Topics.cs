using System.Collections.Immutable;

namespace Dicta.Benchmarks.Synthetic;

/// <summary>The topics synthetic articles are about, each with its own terms, claims, quotes and events.</summary>
internal static class Topics
{
    /// <summary>Every topic; an article has a main topic and often a second one.</summary>
    public static readonly ImmutableArray<SyntheticTopic> All =
    [
        new(
            "Taiwan",
            ["Taiwan", "the Taiwan Strait", "Taipei", "the one-China principle", "cross-strait relations", "arms sales to Taiwan", "reunification", "the island"],
            ["would not tolerate foreign interference over {term}", "had made its position on {term} very clear", "would continue to patrol near {term}", "saw arms sales to Taiwan as a provocation", "urged restraint in {term}"],
            ["Taiwan is an inalienable part of China", "Those who play with fire over {term} will get burned", "We will defend our democracy and our way of life", "Peace in the Taiwan Strait matters to the whole world", "Nobody should underestimate our resolve on {term}"],
            ["Chinese warships and aircraft were reported near the island for a third day", "Taiwan holds elections in January", "The United States is bound by law to provide the island with the means to defend itself", "Beijing has never renounced the use of force over {term}"]),
        new(
            "Ukraine",
            ["Ukraine", "the war in Ukraine", "Kyiv", "the front line in Donbas", "the grain corridor", "the Ukraine crisis", "peace talks", "Crimea", "the counteroffensive"],
            ["would keep supplying air defence systems to Kyiv", "saw no basis for peace talks while shelling went on", "blamed the West for prolonging {term}", "would not recognise the annexation of Crimea", "hoped the grain corridor would reopen within weeks"],
            ["Every day of this war costs lives", "We need air defence, and we need it now", "The special military operation will continue until its goals are met", "There can be no peace without justice for Ukraine", "The door to negotiations on {term} remains open"],
            ["Fighting continued along the front line in Donbas", "Air raid sirens sounded across Kyiv overnight", "The grain corridor carried more than {number} tonnes of wheat before it was suspended", "Ukraine applied to join the European Union days after the invasion began"]),
        new(
            "Sanctions",
            ["sanctions", "the latest round of sanctions", "export controls", "the oil price cap", "frozen assets", "secondary sanctions", "the asset freeze", "restrictions on banks"],
            ["would impose further sanctions if talks failed", "called {term} illegal under international law", "was preparing a new package of sanctions", "had found ways around {term}", "would challenge {term} at the WTO"],
            ["Sanctions have never solved a single problem", "Unilateral sanctions are a violation of international law", "These measures will hurt those who impose them more than us", "We will keep raising the cost of aggression", "The sanctions are working, even if slowly"],
            ["The European Union adopted its {ordinal} sanctions package in {month}", "Some {money} in central bank reserves remain frozen", "Exports of dual-use goods through third countries have risen sharply"]),
        new(
            "Trade",
            ["trade", "tariffs", "the trade deficit", "supply chains", "exports of rare earths", "a free trade agreement", "bilateral trade", "market access", "the new tariffs"],
            ["expected bilateral trade to pass {money} this year", "would retaliate against any new tariffs", "wanted fairer market access for its companies", "would diversify supply chains away from a single supplier", "had agreed to settle more trade in national currencies"],
            ["Trade should be a bridge, not a weapon", "Tariffs are a tax on our own consumers", "We want a level playing field, nothing more", "Our trade has grown by {percent} and will keep growing", "Protectionism leads nowhere"],
            ["Bilateral trade rose {percent} last year to {money}", "The tariffs cover goods worth {money} a year", "Shipping rates have doubled since the start of the year", "Talks on a free trade agreement began in {year}"]),
        new(
            "NATO",
            ["NATO", "the alliance", "military exercises", "missile defence", "the eastern flank", "defence spending", "NATO expansion", "troop deployments", "joint drills"],
            ["would not allow NATO to move closer to its borders", "would raise defence spending to {percent} of GDP", "saw the joint drills as a direct threat", "would deploy more troops to the eastern flank", "wanted a stronger alliance, not a weaker one"],
            ["NATO is a defensive alliance and threatens no one", "The expansion of the alliance is a threat to our security", "An attack on one is an attack on all", "We will respond to any deployment near our borders", "Our security cannot be built at the expense of others"],
            ["The alliance holds its summit in {city} in July", "The drills involve {number} troops from {small} countries", "Finland joined the alliance in April {year}"]),
        new(
            "United Nations",
            ["the UN Security Council", "the United Nations", "the General Assembly", "a ceasefire resolution", "the G20", "the UN Charter", "humanitarian access", "the veto"],
            ["would veto any resolution that ignored its concerns", "called for an emergency session of the UN Security Council", "backed a reform of the UN Security Council", "wanted the UN Charter respected by everyone", "would push for humanitarian access at the United Nations"],
            ["The United Nations must remain at the centre of world affairs", "The Charter is not a menu to choose from", "The Security Council cannot stay silent", "We need a more representative United Nations"],
            ["The General Assembly adopted the resolution by {number} votes to {small}", "The Security Council met behind closed doors on {weekday}", "The draft resolution was vetoed"]),
        new(
            "Health",
            ["vaccines", "the pandemic", "vaccine supplies", "the World Health Organization", "booster doses", "the new variant", "public health", "vaccine patents"],
            ["would donate {number} vaccine doses to poorer countries", "wanted vaccine patents waived for the duration of the pandemic", "saw no need for new restrictions", "would approve booster doses for the over-60s", "accused rivals of vaccine nationalism"],
            ["Nobody is safe until everybody is safe", "Vaccines save lives, it is as simple as that", "We cannot let politics decide who gets vaccinated", "The pandemic is not over"],
            ["More than {number} doses have been administered so far", "Cases rose {percent} in the past week", "The World Health Organization declared the emergency over in May {year}"]),
        new(
            "World order",
            ["a multipolar world", "the rules-based international order", "hegemony", "the unipolar world", "a fairer world order", "the Global South", "BRICS", "dollar dominance"],
            ["stood for a fair, multipolar world based on international law", "rejected the idea of a unipolar world", "wanted the Global South to have a louder voice", "saw BRICS as a counterweight to the West", "accused Washington of seeking hegemony"],
            ["The unipolar world is over", "We stand for a just, democratic and multipolar world order", "Nobody has the right to impose their rules on others", "The Global South will no longer be told what to do", "Hegemony in any form is unacceptable"],
            ["The BRICS group has grown to {small} members", "Leaders of the Shanghai Cooperation Organization met in {city}", "Trade in national currencies has grown {percent} in two years"]),
        new(
            "Energy",
            ["gas supplies", "the pipeline", "oil output", "LNG", "energy security", "the energy transition", "gas prices", "oil exports"],
            ["would keep gas supplies flowing under existing contracts", "planned to cut oil output by {number} barrels a day", "wanted to end its dependence on imported gas", "would build a new pipeline to Asia", "blamed speculators for high gas prices"],
            ["Energy must never be used as a weapon", "We are a reliable supplier and always have been", "Our energy security is not negotiable", "Prices will come down once supply recovers"],
            ["Gas prices in Europe rose {percent} on the news", "The pipeline can carry {number} cubic metres a year", "OPEC and its allies meet again in {month}"]),
        new(
            "Human rights",
            ["human rights", "interference in internal affairs", "press freedom", "Hong Kong", "Xinjiang", "political prisoners", "the rule of law", "democracy"],
            ["rejected criticism of its human rights record as interference", "called for the release of political prisoners", "would raise human rights at the summit", "saw the report as interference in internal affairs", "had nothing to hide on {term}"],
            ["Human rights are universal and not an internal affair", "We will not accept lectures on democracy", "Interference in our internal affairs will not be tolerated", "Journalism is not a crime"],
            ["The report was published by a UN human rights body in {month}", "At least {small} journalists remain in detention", "Diplomats were denied access to the trial"]),
    ];
}
