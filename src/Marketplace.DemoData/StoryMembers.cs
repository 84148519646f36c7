using Marketplace.Core.Households.Members;
using L = Marketplace.Core.Labels.LabelCodes;

namespace Marketplace.DemoData;

/// <summary>The members of the households the reports tell about, as the reports describe them (names invented).</summary>
internal static class StoryMembers
{
    public static List<PersonDraft> Compose(Random random, HouseholdDraft draft, PersonDraft head)
    {
        List<PersonDraft> members = [head];
        var id = draft.Household.Id;
        if (id == DemoIds.XianqiaoMotherAndSonHousehold)
        {
            // Seed 003: bedridden after a fall; her son, 51, has an intellectual disability of grade 2 and no income.
            head.Labels.Add(L.Bedridden);
            members.Add(new PersonDraft("陈志刚", MemberRelation.Child, female: false, age: 51).Disabled(DisabilityType.Intellectual, 2));
        }
        else if (id == DemoIds.XinjingYoungWomanHousehold)
        {
            // Seed 002: alone since her father died; diabetes, a pituitary tumour, failing kidneys, depression.
            head.Ill("糖尿病、脑垂体瘤、肾功能减退、抑郁症", serious: false).Labels.UnionWith([L.MentalIllness]);
            head.Employment = EmploymentStatus.Unemployed;
            head.Labels.Add(L.Unemployed);
        }
        else if (id == DemoIds.LongxiFatherHousehold)
        {
            // Seed 000: his wife has a mental illness; two young children at primary school.
            head.Employment = EmploymentStatus.FlexiblyEmployed;
            members.Add(new PersonDraft("雷秀梅", MemberRelation.Spouse, female: true, age: 38).Disabled(DisabilityType.Mental, 2).Ill("精神分裂症", serious: false));
            members[^1].Labels.Add(L.MentalIllness);
            members.Add(new PersonDraft("潘子涵", MemberRelation.Child, female: false, age: 9));
            members.Add(new PersonDraft("潘雨欣", MemberRelation.Child, female: true, age: 7));
        }
        else if (id == DemoIds.RangchuanMotherHousehold)
        {
            // Seed 000: her two children attend the township's She ethnic school; she wants work close by.
            head.Employment = EmploymentStatus.Unemployed;
            head.Labels.UnionWith([L.Unemployed, L.WantsWorkNearby]);
            members.Add(new PersonDraft("钟晓雨", MemberRelation.Child, female: true, age: 11));
            members.Add(new PersonDraft("钟晓峰", MemberRelation.Child, female: false, age: 8));
            foreach (var child in members.Skip(1)) child.Labels.Add(L.EthnicSchool);
        }
        else if (id == DemoIds.XiaoshanBedriddenHousehold)
        {
            // Seed 004: paralysed and bedridden for years, no children; his brother and sister-in-law look in.
            head.Disabled(DisabilityType.Physical, 1).Labels.UnionWith([L.Bedridden, L.TwoDisabilityAllowances]);
        }
        head.LivesAlone = members.Count == 1;
        foreach (var member in members)
        {
            member.Occupied(random);
            if (member.Age >= 80) member.Labels.Add(L.Elderly80Plus);
            if (member.LivesAlone) member.Labels.Add(L.LivingAlone);
        }
        return members;
    }
}
