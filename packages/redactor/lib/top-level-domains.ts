// The top-level domains an e-mail or web address may end in where a line wrap cut it (abc@163.⏎com) or ends the line
// (abc@163.com⏎QQ群): read by the contact rule for wrapped addresses (detect/detect-contacts.ts) and by the joining
// of wrapped lines (unwrap-lines.ts), which must agree on where an address ends. Matched in any case (ABC@163.COM).
export const topLevelDomains = 'com|cn|net|org|edu|gov|info|biz|top|vip|me|io|hk|mo|tw'
