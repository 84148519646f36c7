using Marketplace.Core.Accounts;
using Marketplace.Core.Data;
using Marketplace.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.DemoData;

/// <summary>One demo user for every role, scoped to the places of the reports. `POST /dev/token` signs in as any of them in local mode.</summary>
public static class DemoUsers
{
    public static IReadOnlyList<UserAccount> All =>
    [
        Regional(DemoIds.GridXianqiao, "张晓萍（县桥社区网格员）", Role.CommunityStaff, DemoIds.XianqiaoCommunity),
        Regional(DemoIds.WorkerXianqiao, "李敏（县桥社区社工）", Role.SocialWorker, DemoIds.XianqiaoCommunity),
        Regional(DemoIds.Worker2Xianqiao, "王磊（逍遥津街道社工）", Role.SocialWorker, DemoIds.XiaoyaojinSubDistrict),
        Regional(DemoIds.OfficerXiaoyaojin, "陈静（逍遥津街道社会事务办）", Role.SubDistrictOfficer, DemoIds.XiaoyaojinSubDistrict),
        Regional(DemoIds.WorkerJingan, "周婷（静安区救助顾问）", Role.SocialWorker, DemoIds.JinganDistrict),
        Regional(DemoIds.GridJingan, "吴刚（蒋家巷社区网格员）", Role.CommunityStaff, DemoIds.JiangjiaxiangCommunity),
        Regional(DemoIds.WorkerWencheng, "雷丽（文成县社工）", Role.SocialWorker, DemoIds.WenchengCounty),
        Regional(DemoIds.GridWencheng, "钟伟（龙溪村网格员）", Role.CommunityStaff, DemoIds.LongxiVillage),
        Regional(DemoIds.WorkerXinjing, "孙悦（新泾镇救助顾问）", Role.SocialWorker, DemoIds.XinjingTown),
        Regional(DemoIds.WorkerXuzhou, "刘洋（经开区社工）", Role.SocialWorker, DemoIds.XuzhouDevelopmentZone),
        Organisational(DemoIds.DonorHefeiTelecom, "赵强（电信庐阳营业部）", Role.Donor, DemoIds.HefeiTelecomBranch),
        Organisational(DemoIds.DonorEyeHospital, "何芳（普瑞眼科医院）", Role.Donor, DemoIds.EyeHospital),
        Organisational(DemoIds.StaffLuyangSocialWork, "郑洁（庐阳区社工服务中心）", Role.SocialOrg, DemoIds.LuyangSocialWorkCentre),
        new UserAccount { Login = DemoIds.Admin, DisplayName = "平台管理员", Role = Role.Admin },
    ];

    /// <summary>Adds the demo users that are missing; leaves existing accounts as they are.</summary>
    public static async Task EnsureAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.UserAccounts.Select(u => u.Login).ToListAsync(cancellationToken);
        db.UserAccounts.AddRange(All.Where(u => !existing.Contains(u.Login)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static UserAccount Regional(string login, string name, Role role, string regionCode) =>
        new() { Login = login, DisplayName = name, Role = role, RegionCode = regionCode };

    /// <summary>Each demo organisation has one staff account, which leads it (manages its staff).</summary>
    private static UserAccount Organisational(string login, string name, Role role, Guid organisationId) =>
        new() { Login = login, DisplayName = name, Role = role, OrganisationId = organisationId, LeadsOrganisation = true };
}
