// An organisation joins, told as one story: an enterprise applies from the sign-in page without
// an account (its credit code checked as typed, a double click making one application), the
// sub-district's officer approves it naming the first staff account's login, the applicant reads
// the outcome with its reference, the new staff member signs in and posts a resource, a social
// worker finds it suggested for a need of its category and proposes it, and the new organisation
// accepts. In Chinese and in English (E2E_RUNS, by default one laptop and one phone run).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseUrl, closeAll, launch, navigate, openPage, shot, signIn, tr } from './support.mjs';

const runs = (process.env.E2E_RUNS ?? 'zh-CN:laptop,en:phone').split(',').map((r) => {
  const [lang, size] = r.split(':');
  return { lang, size };
});

// The community, and a category of which the demo data has needs waiting there (ELDERLY_CARE: four).
const district = '340103000000';
const subDistrict = '340103002000';
const community = '340103002001';
const category = 'ELDERLY_CARE';
const categoryNames = { 'zh-CN': '养老服务', en: 'Elderly care' };

// GB 32100-2015, as src/lib/creditCode.ts: 17 characters and their check character. A new code per
// run (an enterprise of Luyang district), so that reruns against one database never CONFLICT.
const codeCharacters = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const checkCharacter = (body) => codeCharacters[(31 - ([...body].reduce((sum, c, i) => sum + codeCharacters.indexOf(c) * weights[i], 0) % 31)) % 31];
function newCreditCode() {
  const organisationCode = Array.from({ length: 9 }, () => codeCharacters[Math.floor(Math.random() * codeCharacters.length)]).join('');
  const body = `91340103${organisationCode}`;
  return body + checkCharacter(body);
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const { lang, size } of runs) {
  describe(`an organisation joins in ${lang} on a ${size}`, { concurrency: false }, () => {
    const tag = `${lang === 'en' ? 'en' : 'zh'}${size === 'phone' ? 'p' : 'l'}${Date.now() % 100000}`;
    const organisation = `E2E 爱心企业 ${tag}`;
    const creditCode = newCreditCode();
    const staffLogin = `staff.e2e-${tag}`;
    const title = `E2E ${tag} 上门探访`;
    const unit = lang === 'en' ? 'visits' : '次';
    const name = (step) => `${lang}-${size}-join-${step}`;
    let reference = null;
    let need = null;

    test('an enterprise applies from the sign-in page, without an account', async () => {
      const page = await openPage(browser, { lang, size });
      await page.goto(`${baseUrl}/signin`);
      await page.getByTestId('apply-to-join').click();
      await page.waitForURL(/\/join$/);
      const form = page.locator(`form[aria-label="${tr(lang, 'join.title')}"]`);
      await form.locator('input[name=name]').fill(organisation);
      await form.locator('select[name=kind]').selectOption('ENTERPRISE');

      // A mistyped last character is caught as typed, the message naming the field and the right character.
      const wrong = creditCode.slice(0, 17) + (creditCode[17] === '0' ? '1' : '0');
      await form.locator('input[name=creditCode]').fill(wrong);
      await form.locator('input[name=address]').focus();
      const problem = form.locator('#creditCode-problem');
      assert.equal(await problem.textContent(), tr(lang, 'creditCode.problem.check', { expected: creditCode[17] }));
      await form.locator('input[name=creditCode]').fill(creditCode.toLowerCase());
      await problem.waitFor({ state: 'detached' });

      await form.locator('select[name=district]').selectOption(district);
      await form.locator('select[name=subDistrict]').selectOption(subDistrict);
      await form.locator('select[name=regionCode]').selectOption(community);
      // The point starts at the community's centre; a click moves it to the door.
      const picked = page.getByTestId('picked-point');
      await picked.waitFor();
      const centre = await picked.textContent();
      const map = page.getByTestId('map');
      await map.scrollIntoViewIfNeeded();
      const box = await map.boundingBox();
      await map.click({ position: { x: box.width / 2 + 8, y: box.height / 2 - 6 } });
      assert.notEqual(await picked.textContent(), centre, 'a click on the map moves the location');

      await form.locator('input[name=address]').fill('合肥市庐阳区县桥社区 8 号');
      await form.locator('input[name=contactName]').fill('周经理');
      await form.locator('input[name=contactPhone]').fill('0551-62000000');
      await form.locator(`input[name=categoryCodes][value=${category}]`).check();
      await form.locator('textarea[name=description]').fill('为社区老人提供上门探访。');
      await shot(page, name('1-apply'));
      // A double click sends one application (one idempotency key per submission); the officer sees one below.
      await form.getByRole('button', { name: tr(lang, 'join.submit') }).dblclick();

      const shown = page.getByTestId('application-reference');
      await shown.waitFor();
      reference = (await shown.textContent()).trim();
      assert.match(reference, /^OA[0-9A-Z]{8}$/);
      await shot(page, name('2-reference'));

      await page.getByRole('link', { name: tr(lang, 'join.checkStatus') }).click();
      await page.getByTestId('application-status-badge').getByText(tr(lang, 'enums.ApplicationStatus.PENDING')).waitFor();
      assert.deepEqual(page.problems, []);
      await closeAll(page);
    });

    test("the sub-district's officer approves it, naming the first staff account", async () => {
      assert.ok(reference, 'the application was sent');
      const page = await signIn(browser, 'officer.xiaoyaojin', { lang, size });
      await navigate(page, '/applications');
      const card = page.locator(`li[data-reference="${reference}"]`);
      await card.waitFor();
      assert.equal(await page.locator(`li[data-application-name="${organisation}"]`).count(), 1, 'the double click made one application');
      assert.equal(await card.getByTestId('credit-code').textContent(), creditCode, 'kept in capitals');
      await shot(page, name('3-officer-pending'));
      await card.getByRole('button', { name: tr(lang, 'applications.approve'), exact: true }).click();
      const approval = card.locator(`form[aria-label="${tr(lang, 'applications.approve')}"]`);
      await approval.locator('input[name=staffLogin]').fill(staffLogin);
      await approval.getByRole('button', { name: tr(lang, 'applications.confirmApprove') }).click();
      await page.getByTestId('decided').getByText(tr(lang, 'applications.approvedNotice', { name: organisation, login: staffLogin })).waitFor();
      await card.waitFor({ state: 'detached' }); // no longer pending
      await shot(page, name('4-officer-approved'));
      await closeAll(page);
    });

    test('the applicant reads the outcome with the reference', async () => {
      const page = await openPage(browser, { lang, size });
      await page.goto(`${baseUrl}/signin`);
      await page.getByRole('link', { name: tr(lang, 'signin.checkApplication') }).click();
      const form = page.locator(`form[aria-label="${tr(lang, 'join.statusTitle')}"]`);
      await form.locator('input[name=reference]').fill(reference.toLowerCase());
      await form.getByRole('button', { name: tr(lang, 'join.check') }).click();
      await page.getByTestId('application-status-badge').getByText(tr(lang, 'enums.ApplicationStatus.APPROVED')).waitFor();
      assert.equal(await page.getByTestId('staff-login').textContent(), staffLogin);
      await shot(page, name('5-status-approved'));
      await closeAll(page);
    });

    test('the new staff member signs in and posts a resource', async () => {
      const page = await signIn(browser, staffLogin, { lang, size });
      await page.getByTestId('signed-in-as').getByText(organisation).waitFor();
      await page.getByTestId('post-resource').click();
      const form = page.locator(`form[aria-label="${tr(lang, 'org.postTitle')}"]`);
      await form.locator('input[name=title]').fill(title);
      await form.locator('select[name=kind]').selectOption('SERVICE');
      await form.locator('select[name=categoryCode]').selectOption(category);
      await form.locator('input[name=quantity]').fill('2');
      await form.locator('input[name=unit]').fill(unit);
      await form.locator('input[name=serviceRadiusMeters]').fill('5000');
      await page.getByTestId('picked-point').waitFor(); // at the organisation's own place
      await form.getByRole('button', { name: tr(lang, 'org.publish') }).click();
      await page.getByTestId('resource-title').getByText(title).waitFor();
      await shot(page, name('6-staff-posted'));
      assert.deepEqual(page.problems, []);
      await closeAll(page);
    });

    test('a social worker finds it suggested for a need of its category and proposes it', async () => {
      const page = await signIn(browser, 'worker.xianqiao', { lang, size });
      await page.locator('select[name=category]').selectOption(category);
      // A need of the category nobody holds yet (the list may still show the unfiltered one for a moment).
      const claimable = page
        .locator('.need-card', { hasText: categoryNames[lang] })
        .filter({ has: page.getByRole('button', { name: tr(lang, 'need.claim') }) })
        .first();
      await claimable.waitFor();
      need = { id: await claimable.getAttribute('data-need-id'), summary: (await claimable.locator('.card-title').textContent()).trim() };
      const card = page.locator(`.need-card[data-need-id="${need.id}"]`);
      await card.getByRole('button', { name: tr(lang, 'need.claim') }).click();
      await card.getByText(tr(lang, 'needs.heldByMe')).waitFor();
      await card.locator('.card-title').click();
      const suggestion = page.locator(`li.suggestion[data-title="${title}"]`);
      await suggestion.waitFor();
      await suggestion.getByText(organisation).waitFor();
      await suggestion.locator('input[type=number]').fill('1');
      await suggestion.getByRole('button', { name: tr(lang, 'suggestions.propose') }).click();
      await suggestion.getByText(tr(lang, 'suggestions.proposed')).waitFor();
      await page.getByTestId('matches').getByText(tr(lang, 'enums.MatchStatus.PROPOSED'), { exact: true }).waitFor();
      await shot(page, name('7-worker-proposed'));
      await closeAll(page);
    });

    test('the new organisation accepts the match', async () => {
      assert.ok(need, 'a need was proposed');
      const page = await signIn(browser, staffLogin, { lang, size });
      await page.locator(`[data-resource-title="${title}"]`).getByRole('link', { name: title }).click();
      const proposal = page.getByTestId('proposed-matches').locator('li', { hasText: need.summary });
      await proposal.getByRole('button', { name: tr(lang, 'org.accept') }).click();
      await page.getByTestId('accepted-matches').waitFor();
      await page.getByTestId('resource-remaining').getByText(tr(lang, 'org.remaining', { remaining: 1, quantity: 2, unit })).waitFor();
      await shot(page, name('8-staff-accepted'));
      await closeAll(page);
    });
  });
}

describe('administration', { concurrency: false }, () => {
  test('an admin adds a need category and finds the act in the audit log (English, laptop)', async () => {
    const code = `E2E_${Date.now() % 1000000}`;
    const page = await signIn(browser, 'admin', { lang: 'en', size: 'laptop' });
    await page.waitForURL((url) => url.pathname === '/admin/applications'); // admins land in their workspace
    await page.getByRole('link', { name: tr('en', 'admin.tabs.categories') }).click();
    await page.getByTestId('new-category').click();
    const form = page.locator(`form[aria-label="${tr('en', 'categoriesAdmin.new')}"]`);
    await form.locator('input[name=code]').fill(code.toLowerCase()); // typed in capitals
    await form.locator('input[name=name]').fill('测试类别');
    await form.locator('input[name=nameEn]').fill('Test category');
    await form.locator('select[name=parentCode]').selectOption('ELDERLY_CARE');
    await form.getByRole('button', { name: tr('en', 'common.save') }).click();
    const row = page.locator(`tr[data-code="${code}"]`);
    await row.getByText('Test category').waitFor();
    await row.getByRole('button', { name: tr('en', 'categoriesAdmin.retire') }).click();
    await row.getByRole('button', { name: tr('en', 'categoriesAdmin.confirmRetire') }).click();
    await row.locator('td.retired').first().waitFor();
    await shot(page, 'en-laptop-admin-categories');

    await page.getByRole('link', { name: tr('en', 'admin.tabs.audit') }).click();
    const filter = page.locator(`form[aria-label="${tr('en', 'audit.filter')}"]`);
    await filter.locator('input[name=subjectId]').fill(code);
    await filter.getByRole('button', { name: tr('en', 'audit.apply') }).click();
    // The category's two acts, newest first, and no one else's once the filter has answered.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=audit-log] tbody tr').length === 2);
    const log = page.getByTestId('audit-log');
    assert.deepEqual(await log.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.action)), ['category.retired', 'category.created']);
    await log.locator('tr[data-action="category.created"]', { hasText: code }).waitFor();
    await shot(page, 'en-laptop-admin-audit');
    assert.deepEqual(page.problems, []);
    await closeAll(page);
  });
});
