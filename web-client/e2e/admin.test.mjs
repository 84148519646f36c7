// Administration, told as one story: an admin creates a social worker's account in Xianqiao,
// which appears in the sign-in list and signs in, then deactivates it and it leaves the list; the
// sub-district's officer suspends an organisation of Xiaoyaojin (its staff read why, their
// resources held and their posting refused; the office's dashboard lists its accepted matches to
// follow up) and verifies it again; an admin previews a region file whose community lies outside
// its new sub-district (the problem shown, Apply not offered), then applies the corrected file.
// Every run leaves the organisation as it found it (an after hook too, should a step fail), so the
// other journeys are unaffected. In Chinese on a laptop and English on a phone unless E2E_RUNS says.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseUrl, closeAll, launch, navigate, openPage, shot, signIn, tr } from './support.mjs';

const runs = (process.env.E2E_RUNS ?? 'zh-CN:laptop,en:phone').split(',').map((r) => {
  const [lang, size] = r.split(':');
  return { lang, size };
});

const subDistrict = '340103002000'; // 逍遥津街道
const community = '340103002001'; // 县桥社区
const luyang = '340103000000'; // a demo district without a boundary: only sub-district ↔ community containment is checked
// An organisation of Xiaoyaojin with a staff account that leads it, and accepted matches in the sub-district.
const organisation = '中国电信合肥分公司庐阳营业部';
const organisationStaff = 'donor.hefei-telecom';

/** The API as one of the demo users, for the clean-up that must not depend on the pages. */
async function graphql(login, query, variables = {}) {
  const token = await fetch(`${baseUrl}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: login }) });
  const { access_token: accessToken } = await token.json();
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function reinstateOrganisation() {
  const { data } = await graphql('admin', 'query($r: String) { organisations(regionCode: $r) { id name isSuspended } }', { r: subDistrict });
  const suspended = data?.organisations.find((o) => o.name === organisation && o.isSuspended);
  if (suspended) await graphql('admin', 'mutation($id: ID!) { verifyOrganisation(organisationId: $id) { id } }', { id: suspended.id });
}

const square = (west, south, size) => [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]];

/** A new sub-district of Luyang with a boundary, and a community placed by `communityCorner` (inside it, or not). */
function regionFile(codes, names, communityCorner) {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: codes.subDistrict, name: names.subDistrict, level: 'SUB_DISTRICT', parentCode: luyang, population: 12000 },
        geometry: { type: 'Polygon', coordinates: square(117.2, 31.9, 0.02) },
      },
      {
        type: 'Feature',
        properties: { code: codes.community, name: names.community, level: 'COMMUNITY', parentCode: codes.subDistrict, population: 3000 },
        geometry: { type: 'Polygon', coordinates: square(communityCorner[0], communityCorner[1], 0.008) },
      },
    ],
  }, null, 2);
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await reinstateOrganisation().catch(() => undefined);
  await browser?.close();
});

let seq = 0;
for (const { lang, size } of runs) {
  describe(`administration in ${lang} on a ${size}`, { concurrency: false }, () => {
    const tag = `${lang === 'en' ? 'en' : 'zh'}${size === 'phone' ? 'p' : 'l'}${Date.now() % 100000}`;
    const login = `worker.e2e-${tag}`;
    const displayName = `E2E 社工 ${tag}`;
    const reason = `E2E ${tag}：资质年检逾期`;
    const name = (step) => `${lang}-${size}-admin-${step}`;
    // A new sub-district code of Luyang per run (9xx is unused by the demo), and its first community.
    const sub = `340103${900 + ((Date.now() + 37 * seq++) % 99)}000`;
    const codes = { subDistrict: sub, community: `${sub.slice(0, 9)}001` };
    const names = { subDistrict: `E2E 测试街道 ${tag}`, community: `E2E 测试社区 ${tag}` };
    let admin = null;

    test('an admin creates a social worker account in Xianqiao, which signs in from the list', async () => {
      admin = await signIn(browser, 'admin', { lang, size });
      await admin.getByRole('link', { name: tr(lang, 'admin.tabs.accounts'), exact: true }).click();
      await admin.waitForURL((url) => url.pathname === '/admin/accounts');
      await admin.getByTestId('new-account').click();
      const form = admin.locator(`form[aria-label="${tr(lang, 'accounts.new')}"]`);
      await form.locator('input[name=login]').fill(login.toUpperCase()); // kept in lower case as typed
      await form.locator('input[name=displayName]').fill(displayName);
      await form.locator('select[name=role]').selectOption('SOCIAL_WORKER');
      await form.locator('select[name=area]').selectOption(subDistrict);
      await form.locator('select[name=regionCode]').selectOption(community);
      await shot(admin, name('1-new-account'));
      await form.getByRole('button', { name: tr(lang, 'accounts.create') }).click();
      await admin.getByTestId('account-saved').getByText(tr(lang, 'accounts.created', { login })).waitFor();

      await admin.locator('input[name=search]').fill(login);
      const row = admin.locator(`tr[data-login="${login}"]`);
      await row.getByText(tr(lang, 'enums.Role.SOCIAL_WORKER'), { exact: true }).waitFor();
      await row.getByText('县桥社区').waitFor();
      await shot(admin, name('2-account-listed'));

      const worker = await signIn(browser, login, { lang, size }); // by its button on the sign-in page
      await worker.getByTestId('signed-in-as').getByText(displayName).waitFor();
      await worker.waitForURL((url) => url.pathname === '/needs');
      assert.deepEqual(worker.problems, []);
      await closeAll(worker);
    });

    test('the admin deactivates it, and it leaves the sign-in list', async () => {
      assert.ok(admin, 'the admin is signed in');
      const row = admin.locator(`tr[data-login="${login}"]`);
      await row.getByRole('button', { name: tr(lang, 'accounts.deactivate'), exact: true }).click();
      const form = admin.locator(`form[aria-label="${tr(lang, 'accounts.deactivate')}"]`);
      await form.locator('input[name=reason]').fill('E2E：调离');
      await form.getByRole('button', { name: tr(lang, 'accounts.confirmDeactivate') }).click();
      await admin.locator(`tr[data-login="${login}"][data-active="false"]`).getByText(tr(lang, 'accounts.deactivated')).waitFor();
      await shot(admin, name('3-account-deactivated'));

      const signin = await openPage(browser, { lang, size });
      await signin.goto(`${baseUrl}/signin`);
      await signin.locator('button[data-login="admin"]').waitFor(); // the list is there
      assert.equal(await signin.locator(`button[data-login="${login}"]`).count(), 0);
      await closeAll(signin);
    });

    test("the officer suspends an organisation of the sub-district; its staff read why; the office follows up its matches", async () => {
      const officer = await signIn(browser, 'officer.xiaoyaojin', { lang, size });
      await navigate(officer, '/organisations');
      const row = officer.locator(`tr[data-organisation="${organisation}"]`);
      await row.getByRole('button', { name: tr(lang, 'organisationsAdmin.suspend'), exact: true }).click();
      const form = officer.locator(`form[aria-label="${tr(lang, 'organisationsAdmin.suspend')}"]`);
      await form.locator('input[name=reason]').fill(reason);
      await form.getByRole('button', { name: tr(lang, 'organisationsAdmin.confirmSuspend') }).click();
      await officer.locator(`tr[data-organisation="${organisation}"][data-suspended="true"]`).getByTestId('suspension-reason').getByText(reason).waitFor();
      await shot(officer, name('4-officer-suspended'));

      // Its accepted matches stand: the office's dashboard lists them to follow up.
      await navigate(officer, '/office');
      const followUp = officer.getByTestId('follow-up');
      await followUp.locator(`li[data-organisation="${organisation}"]`).first().waitFor();
      await followUp.scrollIntoViewIfNeeded();
      await shot(officer, name('5-office-follow-up'));

      const staff = await signIn(browser, organisationStaff, { lang, size });
      await staff.getByTestId('organisation-suspended').getByTestId('suspension-reason').getByText(reason).waitFor();
      await staff.getByTestId('resources-list').getByText(tr(lang, 'enums.ResourceStatus.HELD')).first().waitFor();
      await shot(staff, name('6-staff-held'));
      // Its lead manages its staff: the page is offered, the lead listed.
      await navigate(staff, '/org/staff');
      await staff.locator(`tr[data-login="${organisationStaff}"]`).waitFor();
      // Posting is refused, with the reason the office gave.
      await navigate(staff, '/org');
      await staff.getByTestId('post-resource').click();
      const post = staff.locator(`form[aria-label="${tr(lang, 'org.postTitle')}"]`);
      await post.locator('input[name=title]').fill(`E2E ${tag} 暂停期间的资源`);
      await post.locator('select[name=kind]').selectOption('SERVICE');
      await post.locator('select[name=categoryCode]').selectOption('ELDERLY_CARE');
      await post.locator('input[name=quantity]').fill('1');
      await post.locator('input[name=unit]').fill('次');
      await post.locator('input[name=serviceRadiusMeters]').fill('3000');
      await staff.getByTestId('picked-point').waitFor();
      await post.getByRole('button', { name: tr(lang, 'org.publish') }).click();
      const refusal = staff.getByRole('alert').filter({ hasText: tr(lang, 'errors.ORGANISATION_SUSPENDED') });
      await refusal.getByTestId('server-message').getByText(reason, { exact: false }).waitFor();
      await shot(staff, name('7-staff-post-refused'));
      assert.deepEqual(staff.problems, []);
      await closeAll(staff);

      // Verified again, the organisation is in good standing and its resources open.
      await navigate(officer, '/organisations');
      await officer.locator(`tr[data-organisation="${organisation}"]`).getByRole('button', { name: tr(lang, 'organisationsAdmin.reinstate') }).click();
      await officer.locator(`tr[data-organisation="${organisation}"][data-suspended="false"]`).getByText(tr(lang, 'organisationsAdmin.verifiedYes')).waitFor();
      await shot(officer, name('8-officer-reinstated'));
      assert.deepEqual(officer.problems, []);
      await closeAll(officer);
    });

    test('an admin previews a region file with a community outside its sub-district, then applies the corrected one', async () => {
      assert.ok(admin, 'the admin is signed in');
      await admin.getByRole('link', { name: tr(lang, 'admin.tabs.regions'), exact: true }).click();
      await admin.waitForURL((url) => url.pathname === '/admin/regions');
      const text = admin.locator('textarea[name=geojson]');
      const preview = admin.getByRole('button', { name: tr(lang, 'regionImport.preview'), exact: true });
      const apply = admin.getByTestId('apply-import');

      await text.fill(regionFile(codes, names, [117.3, 31.95])); // well east of the sub-district
      await preview.click();
      const problem = admin.locator('[data-testid=import-problems] tr[data-problem="OUTSIDE_PARENT"]');
      await problem.waitFor();
      assert.equal(await problem.getAttribute('data-index'), '1');
      await problem.getByText(codes.community).waitFor();
      assert.equal(await apply.isDisabled(), true, 'Apply is not offered while the preview has a problem');
      await shot(admin, name('9-regions-problem'));

      await text.fill(regionFile(codes, names, [117.205, 31.905])); // inside it
      assert.equal(await apply.isDisabled(), true, 'a changed text needs a preview of its own');
      await preview.click();
      await admin.locator(`[data-testid=import-added] tr[data-code="${codes.community}"]`).waitFor();
      await admin.locator(`[data-testid=import-added] tr[data-code="${codes.subDistrict}"]`).waitFor();
      assert.equal(await apply.isDisabled(), false);
      await apply.click();
      await admin.getByTestId('import-applied').getByText(tr(lang, 'regionImport.applied', { added: 2, changed: 0, unchanged: 0 })).waitFor();
      await shot(admin, name('10-regions-applied'));

      // The new sub-district is offered at once where regions are picked.
      await admin.getByRole('link', { name: tr(lang, 'admin.tabs.accounts'), exact: true }).click();
      await admin.getByTestId('new-account').click();
      const form = admin.locator(`form[aria-label="${tr(lang, 'accounts.new')}"]`);
      await form.locator('select[name=role]').selectOption('SOCIAL_WORKER');
      await form.locator('select[name=area]').selectOption(codes.subDistrict);
      await form.locator(`select[name=regionCode] option[value="${codes.community}"]`).waitFor({ state: 'attached' });
      assert.deepEqual(admin.problems, []);
      await closeAll(admin);
    });
  });
}
